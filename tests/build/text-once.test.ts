// @vitest-environment node
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/model/schema';
import { editionChunks, referencedScripts, staticClosure } from '../support/built-site';

// The text travels once: in a built page's HTML, never again in any of its scripts; the app's
// copy is the edition's lazy chunk, which the page preloads. Runs after `npm run build`.

const dist = path.resolve(__dirname, '../../dist');
const content = (lang: string) =>
  JSON.parse(
    readFileSync(path.resolve(__dirname, `../../src/content/us-china-cyber/${lang}.json`), 'utf8'),
  ) as Article;
const editions = { de: content('de'), en: content('en') };
// Paragraphs only: the headline and standfirst are also the structured data's (JSON-LD), which
// crawlers read from its own script, in the no-script page as well.
const paragraphs = Object.values(editions).flatMap((article) =>
  article.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.type === 'paragraph' ? [block.text] : [])),
  ),
);

function builtPages(): string[] {
  if (!existsSync(path.join(dist, 'index.html'))) {
    throw new Error('dist/ is missing: run `npm run build` before these tests');
  }
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)));
}

const read = (file: string) => readFileSync(path.join(dist, file), 'utf8');

describe('every built page', () => {
  it('carries no paragraph inside any <script>', () => {
    const pages = builtPages();
    expect(pages.length).toBeGreaterThan(5);
    expect(paragraphs.length).toBeGreaterThan(10);
    for (const file of pages) {
      const scripts = [...read(file).matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
      expect(scripts.length, file).toBeGreaterThan(0);
      for (const [, body = ''] of scripts) {
        for (const text of paragraphs)
          expect(body, `${file}: a script holds "${text}"`).not.toContain(text);
      }
    }
  });

  it('preloads its own data chunks from files that exist, none of them the app entry', () => {
    for (const file of builtPages()) {
      const html = read(file);
      const preloaded = editionChunks(html);
      const data = JSON.parse(/id="reader-data">([^<]*)</.exec(html)?.[1] ?? 'null') as {
        editions: { lang: string; articles: string[] }[];
        front?: { lang: string; page: number };
        chunks?: Record<string, string>;
      };
      const chunks = data.chunks ?? {};
      const chunk = (key: string) => {
        const url = chunks[key];
        if (url === undefined) throw new Error(`${file} names no chunk for ${key}`);
        return url.replace(/^\//, '');
      };
      // The page's own chunks: each edition of its articles in the page's languages, its front page.
      const own = [
        ...data.editions.flatMap(({ lang, articles }) =>
          articles.map((id) => chunk(`${id}/${lang}`)),
        ),
        ...(data.front ? [chunk(`front/${data.front.lang}/${data.front.page}`)] : []),
      ];
      for (const url of own) expect(preloaded, `${file} preloads ${url}`).toContain(url);
      // The other language's editions are named (one toggle away), never preloaded.
      const others = Object.values(chunks).map((url) => url.replace(/^\//, ''));
      for (const url of others.filter((url) => !own.includes(url))) {
        expect(preloaded, `${file} preloads the other language's ${url}`).not.toContain(url);
      }
      // Besides those and what they import: one chunk of UI strings per edition, nothing else.
      const imported = staticClosure(dist, own);
      const rest = preloaded.filter((url) => !imported.includes(url));
      expect(rest, file).toHaveLength(data.editions.length);
      for (const url of preloaded) {
        expect(url, file).toMatch(/^assets\/[\w-]+\.js$/);
        expect(existsSync(path.join(dist, url)), `${file} preloads ${url}`).toBe(true);
        expect(referencedScripts(html), file).not.toContain(url);
      }
      // Every file an own chunk imports is preloaded too, so hydration waits on no second round trip.
      for (const url of imported) expect(preloaded, `${file} preloads ${url}`).toContain(url);
    }
  });

  it("preloads the article's text in its own language only", () => {
    for (const lang of ['de', 'en'] as const) {
      const other = lang === 'de' ? 'en' : 'de';
      const html = read(`${lang}/${editions[lang].slug}/index.html`);
      const bodies = editionChunks(html).map((chunk) => read(chunk));
      const holding = (text: string) => bodies.filter((body) => body.includes(text)).length;
      const first = editions[lang].sections[0]?.blocks.find((b) => b.type === 'paragraph');
      expect(first?.type === 'paragraph' && holding(first.text.slice(0, 40))).toBe(1);
      expect(holding(editions[other].headline.text.slice(0, 20))).toBe(0);
    }
  });
});
