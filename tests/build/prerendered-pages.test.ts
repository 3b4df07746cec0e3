import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/model/schema';

// Checks the built site without a browser: what crawlers and link previews read. Runs after
// `npm run build` (npm test builds first).

const dist = path.resolve(__dirname, '../../dist');
const origin = 'http://127.0.0.1:4173';
const content = (lang: string) =>
  JSON.parse(
    readFileSync(path.resolve(__dirname, `../../src/content/us-china-cyber/${lang}.json`), 'utf8'),
  ) as Article;
const editions = { de: content('de'), en: content('en') };
const slugs = { de: editions.de.slug, en: editions.en.slug };

function page(file: string): Document {
  const full = path.join(dist, file);
  if (!existsSync(full)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return new DOMParser().parseFromString(readFileSync(full, 'utf8'), 'text/html');
}
const fileFor = (urlPath: string) =>
  urlPath === '/' ? 'index.html' : `${urlPath.slice(1)}/index.html`;
const meta = (doc: Document, key: string) =>
  doc
    .querySelector(`meta[property="${key}"], meta[name="${key}"], meta[http-equiv="${key}"]`)
    ?.getAttribute('content');

const articlePages = (['de', 'en'] as const).flatMap((lang) => [
  { lang, path: `/${lang}/${slugs[lang]}`, sectionId: undefined as string | undefined },
  ...editions[lang].sections.map((s) => ({
    lang,
    path: `/${lang}/${slugs[lang]}/${s.slug}`,
    sectionId: s.id as string | undefined,
  })),
]);

beforeAll(() => {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  }
});

describe.each(articlePages)('$path', ({ lang, path: urlPath, sectionId }) => {
  const article = editions[lang];
  const other = lang === 'de' ? 'en' : 'de';
  const section = article.sections.find((s) => s.id === sectionId);

  it('holds the whole article text in its language, and none of the other edition', () => {
    const doc = page(fileFor(urlPath));
    const text = doc.querySelector('#root')?.textContent ?? '';
    expect(text).toContain(article.headline.text);
    for (const s of article.sections) {
      for (const block of s.blocks) {
        if (block.type === 'paragraph') expect(text).toContain(block.text);
      }
    }
    expect(text).not.toContain(editions[other].headline.text);
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('article figure figcaption')).not.toBeNull();
  });

  it('has the head of its language and section', () => {
    const doc = page(fileFor(urlPath));
    expect(doc.documentElement.lang).toBe(lang);
    const expectedTitle = section
      ? `${section.title} – ${article.headline.text}`
      : article.headline.text;
    expect(doc.title.startsWith(expectedTitle)).toBe(true);
    expect(meta(doc, 'og:title')).toBe(expectedTitle);
    expect(doc.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(
      `${origin}${urlPath}`,
    );
    expect(meta(doc, 'og:url')).toBe(`${origin}${urlPath}`);
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:locale')).toBe(lang === 'de' ? 'de_DE' : 'en_US');
    expect(meta(doc, 'og:locale:alternate')).toBe(lang === 'de' ? 'en_US' : 'de_DE');
    expect(meta(doc, 'twitter:card')).toBe('summary_large_image');
    expect(meta(doc, 'og:image:width')).toBe('1200');
    expect(meta(doc, 'og:image:height')).toBe('630');
    const description = meta(doc, 'description') ?? '';
    if (section && !section.untitled) {
      const first = section.blocks.find((b) => b.type === 'paragraph');
      expect(first?.type === 'paragraph' && first.text.startsWith(description)).toBe(true);
    }
    expect(description.length).toBeGreaterThan(40);
  });

  it('previews with the section’s own photo, else the lead photo', () => {
    const doc = page(fileFor(urlPath));
    const figureId =
      section?.blocks.find((b) => b.type === 'figure')?.id ?? article.leadFigure ?? '';
    const figure = article.figures[figureId];
    expect(meta(doc, 'og:image:alt')).toBe(figure?.alt);
    const image = meta(doc, 'og:image') ?? '';
    expect(image).toMatch(
      new RegExp(`^${origin}/assets/img/us-china-cyber-${figure?.image}-og-\\w+\\.jpg$`),
    );
    expect(existsSync(path.join(dist, new URL(image).pathname))).toBe(true);
  });

  it('links each language to pages that exist', () => {
    const doc = page(fileFor(urlPath));
    const alternates = [...doc.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [
      l.getAttribute('hreflang'),
      l.getAttribute('href'),
    ]);
    expect(alternates.map(([l]) => l)).toEqual(['de', 'en', 'x-default']);
    for (const [, href] of alternates) {
      expect(existsSync(path.join(dist, fileFor(new URL(href ?? '').pathname)))).toBe(true);
    }
    const toggle = doc.querySelector(`a[hreflang="${other}"]`);
    expect(toggle?.getAttribute('lang')).toBe(other);
    expect(existsSync(path.join(dist, fileFor(toggle?.getAttribute('href') ?? '')))).toBe(true);
  });

  it('describes the edition as a NewsArticle, linked to its translation, inventing nothing', () => {
    const doc = page(fileFor(urlPath));
    const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
    expect(scripts).toHaveLength(1);
    const data = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(data['@type']).toBe('NewsArticle');
    expect(data.headline).toBe(article.headline.text);
    expect(data.description).toBe(article.standfirst?.text);
    expect(data.inLanguage).toBe(lang);
    expect(data.isAccessibleForFree).toBe(true);
    expect(data.publisher).toMatchObject({ '@type': 'Organization' });
    expect(data.image).toMatchObject({ '@type': 'ImageObject', width: 1200, height: 630 });
    expect(data.image.creditText).toBe(article.figures[article.leadFigure ?? '']?.credit);
    const link = lang === 'de' ? data.workTranslation : data.translationOfWork;
    expect(link).toMatchObject({ inLanguage: other, url: `${origin}/${other}/${slugs[other]}` });
    expect(data).not.toHaveProperty('author');
    expect(data).not.toHaveProperty('datePublished');
  });

  it('opens at its section before the first paint, loading that view’s image first', () => {
    const doc = page(fileFor(urlPath));
    const landing = [...doc.querySelectorAll('script[data-section]')];
    const opensLower = section !== undefined && section.id !== article.sections[0]?.id;
    // After the app's markup, so the section exists when it runs; not inside #root, which React
    // hydrates.
    expect(landing.map((script) => script.getAttribute('data-section'))).toEqual(
      opensLower ? [section.id] : [],
    );
    if (landing[0]) expect(doc.querySelector('#root')?.contains(landing[0])).toBe(false);
    const eager = [...doc.querySelectorAll('article img')].filter(
      (img) => img.getAttribute('loading') !== 'lazy',
    );
    const first = opensLower ? section.blocks[0] : undefined;
    const expected = !opensLower
      ? article.figures[article.leadFigure ?? '']?.alt
      : first?.type === 'figure'
        ? article.figures[first.id]?.alt
        : undefined;
    expect(eager.map((img) => img.getAttribute('alt'))).toEqual(expected ? [expected] : []);
    for (const img of eager) expect(img.getAttribute('fetchpriority')).toBe('high');
  });

  it('hands the client only its own language, as data rather than script', () => {
    const doc = page(fileFor(urlPath));
    const data = JSON.parse(doc.getElementById('reader-data')?.textContent ?? '');
    expect(data.status).toBe(200);
    expect(data.editions).toEqual([{ lang, articles: ['us-china-cyber'] }]);
    const policy = meta(doc, 'Content-Security-Policy') ?? '';
    expect(policy).not.toContain('unsafe-inline');
    for (const script of doc.querySelectorAll('script')) {
      const executable =
        script.type === '' || script.type === 'module' || script.type.includes('javascript');
      if (!executable) continue;
      if (script.hasAttribute('src')) {
        expect(script.getAttribute('src')).toMatch(/^\/assets\//);
      } else {
        // An inline script runs only because the policy names its hash, in the meta policy and
        // in the one the server sends from _headers.
        const hash = createHash('sha256')
          .update(script.textContent ?? '')
          .digest('base64');
        expect(policy).toContain(`'sha256-${hash}'`);
        expect(readFileSync(path.join(dist, '_headers'), 'utf8')).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it('carries its stylesheet inline, allowed by its hash, so the first paint waits for no request', () => {
    const doc = page(fileFor(urlPath));
    const links = [...doc.querySelectorAll('head > link[rel=stylesheet]')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([]);
    const styles = [...doc.querySelectorAll('head > style')];
    expect(styles).toHaveLength(1);
    const hash = createHash('sha256')
      .update(styles[0]?.textContent ?? '')
      .digest('base64');
    const style = /style-src ([^;]*)/.exec(meta(doc, 'Content-Security-Policy') ?? '')?.[1];
    expect(style).toBe(`'self' 'sha256-${hash}'`);
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    expect(headers).toContain(`style-src 'self' 'sha256-${hash}';`);
    expect(styles[0]?.textContent).toContain('--header-height');
  });
});

describe('the policy of a site built for plain http', () => {
  // The build's SITE_URL is http: upgrading the page's own requests to https would break every
  // request in WebKit, which (unlike Chromium) does not exempt loopback hosts.
  it('does not upgrade insecure requests, in the meta tag nor in _headers', () => {
    expect(new URL(origin).protocol).toBe('http:');
    for (const file of ['index.html', fileFor(`/en/${slugs.en}`), '404.html']) {
      const policy = meta(page(file), 'Content-Security-Policy') ?? '';
      expect(policy).toContain("default-src 'self'");
      expect(policy).not.toContain('upgrade-insecure-requests');
    }
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    expect(headers).toContain('Content-Security-Policy:');
    expect(headers).not.toContain('upgrade-insecure-requests');
  });
});

describe('the other pages', () => {
  it('/ offers both front pages as links', () => {
    const doc = page('index.html');
    const hrefs = [...doc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('/de');
    expect(hrefs).toContain('/en');
  });

  it.each([
    ['de/index.html', 'de', 'Startseite', `/de/${slugs.de}`],
    ['en/index.html', 'en', 'Front page', `/en/${slugs.en}`],
  ])(
    '%s is the front, its card linking the article, no article text as data',
    (file, lang, title, href) => {
      const doc = page(file);
      expect(doc.documentElement.lang).toBe(lang);
      expect(doc.querySelector('h1')?.textContent).toBe(title);
      expect(doc.querySelector(`main li article h2 a[href="${href}"]`)).not.toBeNull();
      const data = JSON.parse(doc.getElementById('reader-data')?.textContent ?? '');
      expect(data.editions).toEqual([{ lang, articles: [] }]);
    },
  );

  it.each([
    ['404.html', 'de', 'Seite nicht gefunden'],
    ['404.en.html', 'en', 'Page not found'],
  ])('%s is the translated not-found page, kept out of search engines', (file, lang, title) => {
    const doc = page(file);
    expect(doc.documentElement.lang).toBe(lang);
    expect(doc.querySelector('h1')?.textContent).toBe(title);
    expect(meta(doc, 'robots')).toBe('noindex');
    expect(JSON.parse(doc.getElementById('reader-data')?.textContent ?? '').status).toBe(404);
  });

  it('sitemap.xml lists every page with its hreflang alternates; robots.txt points to it', () => {
    const sitemap = readFileSync(path.join(dist, 'sitemap.xml'), 'utf8');
    const listed = [...articlePages.map(({ path: urlPath }) => urlPath), '/de', '/en'];
    for (const urlPath of listed) {
      expect(sitemap).toContain(`<loc>${origin}${urlPath}</loc>`);
    }
    expect(sitemap.match(/<url>/g)).toHaveLength(listed.length);
    expect(sitemap.match(/hreflang="x-default"/g)).toHaveLength(listed.length);
    expect(readFileSync(path.join(dist, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${origin}/sitemap.xml`,
    );
  });
});
