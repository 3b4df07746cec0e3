// negotiator 1.x ships no types, and @types/negotiator describes 0.6, which has no `preferred`.
declare module 'negotiator' {
  import type { IncomingHttpHeaders } from 'node:http';

  export default class Negotiator {
    constructor(request: { headers: IncomingHttpHeaders });
    /** Acceptable codings of `available`, best first; ties go by `preferred`. */
    encodings(available: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
}
