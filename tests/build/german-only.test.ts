// @vitest-environment jsdom
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { within } from '@testing-library/dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRequest } from '../../src/server/resolve';
import { buildSite } from '../bench/build-site';
import {
  addArticle,
  contentFixture,
  realArticle,
  type ContentFixture,
} from '../support/content-fixture';

// The whole build (client, SSR, prerender) from a fixture content folder (READER_CONTENT_DIR): the
// real article in both languages, and a copy of it published in German only (no en.json). This
// is the prerender-level stand-in for an end-to-end spec (a fourth site build inside Playwright
// is too heavy for this machine): it reads the prerendered HTML as a browser would get it. What
// the app adds after hydration (the German link on the English not-found page) is held by
// src/app/routes/not-found-german-only.test.tsx.

const origin = 'http://127.0.0.1:4173';
const germanOnly = 'zweite-meldung';
const slug = `usa-china-cyberabkommen-${germanOnly}`;

let fixture: ContentFixture;
let outDir: string;

/** A prerendered page as the test's document (a parsed document has no window to query roles). */
function page(relative: string): Document {
  const html = readFileSync(path.join(outDir, relative), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.lang = parsed.documentElement.lang;
  document.head.innerHTML = parsed.head.innerHTML;
  document.body.innerHTML = parsed.body.innerHTML; // inserted scripts never run
  return document;
}

const lookup = (relative: string) => {
  const file = path.join(outDir, relative);
  if (!existsSync(file)) return undefined;
  return statSync(file).isDirectory() ? ('directory' as const) : ('file' as const);
};

beforeAll(async () => {
  fixture = contentFixture('reader-german-only-');
  addArticle(fixture, realArticle);
  addArticle(fixture, germanOnly, () => undefined, { english: false });
  // Inside the project (the git-ignored build/, as the benchmark's sites): the prerenderer runs
  // the SSR bundle, which must find the project's node_modules.
  const builds = path.resolve(__dirname, '../../build');
  mkdirSync(builds, { recursive: true });
  outDir = path.join(mkdtempSync(path.join(builds, 'german-only-')), 'site');
  await buildSite({ outDir, origin, contentDir: fixture.dir });
}, 900_000);

afterAll(() => {
  fixture.remove();
  rmSync(path.dirname(outDir), { recursive: true, force: true });
});

describe('a site with an article published in German only', () => {
  it('prerenders its German pages and no English one', () => {
    expect(existsSync(path.join(outDir, 'de', slug, 'index.html'))).toBe(true);
    expect(existsSync(path.join(outDir, 'en', slug))).toBe(false);
    expect(existsSync(path.join(outDir, 'de-en', slug))).toBe(false);
  });

  it('has a toggle that says it is German only and leads to the English home', () => {
    const doc = page(`de/${slug}/index.html`);
    const toggle = within(doc.body).getByRole('link', {
      name: 'Diesen Artikel gibt es nur auf Deutsch – zur englischen Startseite',
    });
    expect(toggle).toHaveTextContent(/^Nur auf Deutsch$/);
    expect(toggle.getAttribute('href')).toBe('/en');
    expect(within(doc.body).queryByRole('switch')).toBeNull();
  });

  it('offers no English alternate in its head or the sitemap, where the bilingual article does', () => {
    const hreflangs = (relative: string) =>
      [...page(relative).head.querySelectorAll('link[rel="alternate"][hreflang]')].map((link) =>
        link.getAttribute('hreflang'),
      );
    expect(hreflangs(`de/${slug}/index.html`)).not.toContain('en');
    expect(hreflangs('de/usa-china-cyberabkommen/index.html')).toContain('en');
    const sitemap = readFileSync(path.join(outDir, 'sitemap.xml'), 'utf8');
    expect(sitemap).toContain(`${origin}/de/${slug}`);
    expect(sitemap).not.toContain(`/en/${slug}`);
  });

  it('answers /en/<its slug> with the English not-found page', () => {
    expect(resolveRequest(`/en/${slug}`, lookup)).toEqual({ status: 404, file: '404.en.html' });
    expect(resolveRequest(`/de/${slug}`, lookup)).toEqual({
      status: 200,
      file: `de/${slug}/index.html`,
    });
    const notFound = page('404.en.html');
    expect(notFound.documentElement.lang).toBe('en');
    expect(within(notFound.body).getByRole('heading', { level: 1 })).toHaveTextContent(
      'Page not found',
    );
  });
});
