/**
 * `Accept-Encoding` negotiation between the two encodings every browser supports.
 */
import Negotiator from 'negotiator';
import type { ContentCoding } from './precompress.ts';

export type Encoding = ContentCoding | 'identity';

/**
 * Picks brotli (smaller) over gzip unless the client prefers gzip or refuses brotli (`q=0` means
 * "not acceptable"), among the codings a file `available` has. `x-gzip` is gzip (RFC 9110
 * §8.4.1.3). No header means identity, since old clients and tools like curl without
 * `--compressed` expect plain bodies; so does a header that refuses everything, identity included
 * (RFC 9110 §12.5.3 allows sending it rather than a 406).
 */
export function negotiateEncoding(
  acceptEncoding: string | undefined,
  available: readonly ContentCoding[] = ['br', 'gzip'],
): Encoding {
  if (!acceptEncoding) return 'identity';
  const offered = available.flatMap((coding) =>
    coding === 'gzip' ? ['gzip', 'x-gzip'] : [coding],
  );
  const [best = 'identity'] = new Negotiator({
    headers: { 'accept-encoding': acceptEncoding },
  }).encodings([...offered, 'identity'], { preferred: offered });
  return best === 'x-gzip' ? 'gzip' : (best as Encoding);
}
