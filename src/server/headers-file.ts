import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { securityHeaders } from './security-headers.ts';

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) with the security headers of
 * every response, and long caching for the content-hashed assets. The build writes it; the Node
 * server reads it back, so both send the same policy, including the hash of the stylesheet the
 * build inlined, which only the build knows.
 */
export function renderHeadersFile(headers: Readonly<Record<string, string>>): string {
  const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)];
  lines.push('/assets/*', '  Cache-Control: public, max-age=31536000, immutable', '');
  return lines.join('\n');
}

/** The headers of each path pattern in a `_headers` file, e.g. `{ '/*': { … } }`. */
export function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] ??= {};
      continue;
    }
    const match = /^\s+([A-Za-z0-9-]+):\s*(.*)$/.exec(line);
    if (!match || !current) throw new Error(`_headers line ${index + 1} is not "  Name: value"`);
    current[match[1] as string] = (match[2] as string).trim();
  }
  return rules;
}

/**
 * The headers for every response from the built site in `dir`: those its `_headers` file gives
 * all paths. A folder without one (not built by prerender, as in some tests) gets the default
 * policy, which allows no inline style.
 */
export function siteHeaders(dir: string): Readonly<Record<string, string>> {
  const file = path.join(dir, '_headers');
  if (!existsSync(file)) return securityHeaders();
  const all = parseHeadersFile(readFileSync(file, 'utf8'))['/*'];
  if (!all?.['Content-Security-Policy']) {
    throw new Error(`${file} gives no Content-Security-Policy for /*: rebuild the site`);
  }
  return Object.freeze(all);
}
