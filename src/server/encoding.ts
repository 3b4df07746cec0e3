/**
 * `Accept-Encoding` negotiation between the two encodings every browser supports.
 */

export type Encoding = 'br' | 'gzip' | 'identity';

/** Parses `gzip, br;q=0.8, *;q=0` into lower-cased coding → quality (0–1). */
function qualities(header: string): Map<string, number> {
  const result = new Map<string, number>();
  for (const item of header.split(',')) {
    const [name = '', ...params] = item.split(';').map((part) => part.trim());
    if (name === '') continue;
    let quality = 1;
    for (const param of params) {
      const match = /^q\s*=\s*(.*)$/i.exec(param);
      // A malformed weight makes the whole entry unusable, rather than silently `q=1`.
      if (match) quality = /^\d+(\.\d+)?$/.test(match[1] ?? '') ? Number(match[1]) : NaN;
    }
    if (Number.isFinite(quality)) result.set(name.toLowerCase(), Math.min(quality, 1));
  }
  return result;
}

/**
 * Picks brotli (smaller) over gzip unless the client prefers gzip or refuses
 * brotli; `q=0` means "not acceptable". No header means identity, since old
 * clients and tools like curl without `--compressed` expect plain bodies.
 */
export function negotiateEncoding(acceptEncoding: string | undefined): Encoding {
  if (!acceptEncoding) return 'identity';
  const q = qualities(acceptEncoding);
  const wildcard = q.get('*') ?? 0;
  const br = q.get('br') ?? wildcard;
  const gzip = q.get('gzip') ?? q.get('x-gzip') ?? wildcard;
  if (br > 0 && br >= gzip) return 'br';
  if (gzip > 0) return 'gzip';
  return 'identity';
}
