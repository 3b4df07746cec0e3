// @vitest-environment node
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseHeadersFile, renderHeadersFile, siteHeaders } from './headers-file.ts';
import { securityHeaders } from './security-headers.ts';
import { startReaderServer } from './server.ts';

const styleHash = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';
const dirs: string[] = [];
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'reader-headers-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
afterEach(() => dirs.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('the _headers file', () => {
  it('reads back what the build writes', () => {
    const headers = securityHeaders({ styleHashes: [styleHash] });
    const rules = parseHeadersFile(renderHeadersFile(headers));
    expect(rules['/*']).toEqual(headers);
    expect(rules['/assets/*']).toEqual({
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  });

  it('names the line it cannot read', () => {
    expect(() => parseHeadersFile('/*\n  X-Frame-Options DENY\n')).toThrow(/line 2/);
  });

  it('is what the server sends, inline-style hash included', async () => {
    const dir = site({
      _headers: renderHeadersFile(securityHeaders({ styleHashes: [styleHash] })),
      'index.html': '<!doctype html><title>x</title>',
    });
    const { server, url } = await startReaderServer({ dir, port: 0 });
    try {
      const policy = (await fetch(url)).headers.get('content-security-policy');
      expect(policy).toBe(securityHeaders({ styleHashes: [styleHash] })['Content-Security-Policy']);
      expect(policy).toContain(`'${styleHash}'`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('falls back to the default policy for a folder the build did not make', () => {
    expect(siteHeaders(site({ 'index.html': '' }))).toEqual(securityHeaders());
  });

  it('refuses a file that gives no policy, rather than serving pages without one', () => {
    const dir = site({ _headers: '/*\n  X-Frame-Options: DENY\n' });
    expect(() => siteHeaders(dir)).toThrow(/no Content-Security-Policy/);
  });
});
