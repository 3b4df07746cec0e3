// @vitest-environment node
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodePathname, maxPathLength } from './decode-path.ts';
import { encodeQuery, resolveRequest, type EntryKind, type Lookup } from './resolve.ts';
import { openRedirectAttempts } from './test-helpers.ts';

const files = [
  'index.html',
  'robots.txt',
  '404.html',
  '404.en.html',
  'de/artikel/index.html',
  'de/artikel/abschnitt/index.html',
  'de/über-uns/index.html',
  'en/article/index.html',
  'evil.example/index.html',
  'assets/app-AbC123.js',
  'assets/empty/.keep',
  '.env',
  '.well-known/security.txt',
];

/**
 * Fake file system; records every path asked about. Like a real one it resolves
 * `..` and `.`, so a resolver that let them through would reach other files.
 */
function fakeSite(paths = files): Lookup & { asked: string[] } {
  const entries = new Map<string, EntryKind>([['', 'directory']]);
  for (const path of paths) {
    const parts = path.split('/');
    parts.forEach((_, i) => entries.set(parts.slice(0, i + 1).join('/'), 'directory'));
    entries.set(path, 'file');
  }
  const asked: string[] = [];
  const lookup = (path: string) => {
    asked.push(path);
    const normalized = posix.normalize(path).replace(/^\.?\/+|\/+$/g, '');
    return entries.get(normalized === '.' ? '' : normalized);
  };
  return Object.assign(lookup, { asked });
}

const resolve = (target: string) => resolveRequest(target, fakeSite());
const de404 = { status: 404, file: '404.html' };
const en404 = { status: 404, file: '404.en.html' };

describe('resolveRequest: existing content', () => {
  it.each([
    ['/', 'index.html'],
    ['/?utm=x', 'index.html'],
    ['/de/artikel', 'de/artikel/index.html'],
    ['/de/artikel/abschnitt', 'de/artikel/abschnitt/index.html'],
    ['/en/article?lang=en', 'en/article/index.html'],
    ['/de/%C3%BCber-uns', 'de/über-uns/index.html'],
    ['/robots.txt', 'robots.txt'],
    ['/assets/app-AbC123.js', 'assets/app-AbC123.js'],
    ['/.well-known/security.txt', '.well-known/security.txt'],
  ])('%s → 200 %s', (target, file) => {
    expect(resolve(target)).toEqual({ status: 200, file });
  });
});

describe('resolveRequest: canonical redirects', () => {
  it.each([
    ['/de/artikel/', '/de/artikel'],
    ['/de/artikel/?a=1&b=2', '/de/artikel?a=1&b=2'],
    ['/DE/Artikel', '/de/artikel'],
    ['/DE/ARTIKEL/Abschnitt/?x=1', '/de/artikel/abschnitt?x=1'],
    ['/De/%C3%9Cber-Uns', '/de/%C3%BCber-uns'],
    ['/evil.example/', '/evil.example'],
    ['/de/artikel/?q=<script>"\'x', "/de/artikel?q=%3Cscript%3E%22'x"],
  ])('%s → 308 %s', (target, location) => {
    expect(resolve(target)).toEqual({ status: 308, location });
  });

  it('does not case-redirect assets, whose hashed names are mixed-case', () => {
    expect(resolve('/ASSETS/APP-ABC123.JS')).toEqual(de404);
  });
});

describe('resolveRequest: not found', () => {
  it.each([
    ['/nope', de404],
    ['/de/nope', de404],
    ['/xx/irgendwas', de404],
    ['/english/page', de404],
    ['/en/nope', en404],
    ['/EN/nope/', en404],
    ['/%65n/nope', en404],
    ['/de/%E0%A4%A', de404],
    ['/en/%E0%A4%A', en404],
    ['/%E0%A4%A', de404],
    ['/robots.txt/', de404],
    ['/assets', de404],
    ['/assets/empty/', de404],
    ['/.env', de404],
    ['/robots.txt%00', de404],
    ['/robots.txt%00.html', de404],
    ['/<script>alert(1)</script>', de404],
    ['http://evil.example/de/artikel', de404],
    ['*', de404],
  ])('%s → %o', (target, expected) => {
    expect(resolve(target)).toEqual(expected);
  });

  it.each([
    '/../404.html',
    '/de/../robots.txt',
    '/de/%2e%2e/robots.txt',
    '/de/..%2Frobots.txt',
    '/de/artikel/%2E%2E%2F%2E%2E%2Frobots.txt',
    '/de/./artikel',
    '/de/..%5Crobots.txt',
    '/en/../../etc/passwd',
  ])('never resolves or probes traversal %s', (target) => {
    const site = fakeSite();
    expect(resolveRequest(target, site).status).toBe(404);
    expect(site.asked.filter((path) => path.split('/').some((part) => part === '..'))).toEqual([]);
  });

  it.each(openRedirectAttempts)('never redirects the open-redirect attempt %s', (target) => {
    expect(resolve(target)).toEqual(de404);
  });

  it('rejects over-long paths without probing the file system', () => {
    const site = fakeSite();
    expect(resolveRequest('/en/' + 'a'.repeat(5000), site)).toEqual(en404);
    expect(resolveRequest('/de/' + 'a'.repeat(maxPathLength), site)).toEqual(de404);
    expect(site.asked).toEqual([]);
  });
});

describe('decodePathname', () => {
  it('splits, decodes and notes the trailing slash', () => {
    expect(decodePathname('/')).toEqual({ segments: [], trailingSlash: false });
    expect(decodePathname('/de/a%20b/')).toEqual({ segments: ['de', 'a b'], trailingSlash: true });
  });

  it.each(['', 'de', '/de//artikel', '/a%00b', '/a/%2F', '/%', '/.git/config'])(
    'rejects %j',
    (path) => {
      expect(decodePathname(path)).toBeUndefined();
    },
  );
});

describe('encodeQuery', () => {
  it('keeps safe query syntax and escapes header-unsafe characters', () => {
    expect(encodeQuery('a=1&b=%20c/d?e')).toBe('a=1&b=%20c/d?e');
    expect(encodeQuery('x=\r\n<>" é')).toBe('x=%0D%0A%3C%3E%22%20%C3%A9');
  });
});
