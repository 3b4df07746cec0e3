import { createHash } from 'node:crypto';

/** Hex SHA-256 over the parts in order (what image file names and cache entries are keyed by). */
export const sha256 = (...parts: (string | Uint8Array)[]): string => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
};
