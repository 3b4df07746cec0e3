import { createHash } from 'node:crypto';

/** The CSP hash source of an inline script's or style's text (CSP Level 3, "hash-source"). */
export const cspHash = (text: string) =>
  `sha256-${createHash('sha256').update(text).digest('base64')}`;
