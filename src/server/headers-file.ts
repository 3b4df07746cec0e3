/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) with the same security headers
 * the Node server sends, and long caching for the content-hashed assets.
 */
export function renderHeadersFile(headers: Readonly<Record<string, string>>): string {
  const lines = ['/*', ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)];
  lines.push('/assets/*', '  Cache-Control: public, max-age=31536000, immutable', '');
  return lines.join('\n');
}
