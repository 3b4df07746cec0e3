// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/model/parse-article';
import editionDe from '../../src/content/us-china-cyber/de.json';
import editionEn from '../../src/content/us-china-cyber/en.json';

// The built feeds, read by a real feed parser (feedparser, which is strict about Atom's
// structure) and checked against RFC 4287's required elements.

const require = createRequire(import.meta.url);
interface ParsedItem {
  guid: string;
  title: string;
  link: string;
  description: string;
  date: Date | null;
  'atom:link'?: unknown;
}
interface ParsedMeta {
  title: string;
  description: string;
  '#type': string;
  language: string | null;
}
interface FeedParserStream extends NodeJS.WritableStream {
  meta: ParsedMeta;
  read(): ParsedItem | null;
}
const FeedParser = require('feedparser') as new (options: object) => FeedParserStream;

const dist = path.resolve(__dirname, '../../dist');
const origin = 'http://127.0.0.1:4173';
const editions = { de: parseArticle(editionDe, 'de.json'), en: parseArticle(editionEn, 'en.json') };

function built(file: string): string {
  const full = path.join(dist, file);
  if (!existsSync(full)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return readFileSync(full, 'utf8');
}

function parse(xml: string): Promise<{ meta: ParsedMeta; items: ParsedItem[] }> {
  return new Promise((resolve, reject) => {
    const parser = new FeedParser({ strict: true });
    const items: ParsedItem[] = [];
    parser.on('error', reject);
    parser.on('readable', () => {
      for (let item = parser.read(); item; item = parser.read()) items.push(item);
    });
    parser.on('end', () => resolve({ meta: parser.meta, items }));
    Readable.from([xml]).pipe(parser);
  });
}

/** The text between the first `<tag…>` and `</tag>` of `xml` (no nesting of the same tag). */
function elements(xml: string, tag: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g'))].map(
    (m) => m[1] ?? '',
  );
}

for (const lang of ['de', 'en'] as const) {
  describe(`/${lang}/feed.xml`, () => {
    it('is a well-formed Atom feed a strict parser reads', async () => {
      const xml = built(`${lang}/feed.xml`);
      const { meta, items } = await parse(xml);
      expect(meta['#type']).toBe('atom');
      expect(meta.title).not.toBe('');
      expect(meta.description).not.toBe('');
      expect(meta.language).toBe(lang);
      expect(items).toHaveLength(1);
      const [item] = items;
      expect(item?.title).toBe(editions[lang].headline.text);
      expect(item?.guid).toMatch(new RegExp(`^${origin}/${lang}/`));
      expect(item?.link).toBe(item?.guid);
      expect(item?.date).toBeInstanceOf(Date);
    });

    it("has RFC 4287's required elements, absolute links and xml:lang", () => {
      const xml = built(`${lang}/feed.xml`);
      expect(xml).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`);
      const head = xml.slice(0, xml.indexOf('<entry>'));
      for (const tag of ['id', 'title', 'updated', 'author'])
        expect(elements(head, tag)).toHaveLength(1);
      expect(head).toContain(`<link rel="self" href="${origin}/${lang}/feed.xml"/>`);
      const entries = elements(xml, 'entry');
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        for (const tag of ['id', 'title', 'updated']) expect(elements(entry, tag)).toHaveLength(1);
        expect(elements(entry, 'updated')[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
        const links = [...entry.matchAll(/<link (?:rel="alternate" )?href="([^"]+)"\/>/g)];
        expect(links).toHaveLength(1);
        expect(links[0]?.[1]).toMatch(new RegExp(`^${origin}/${lang}/`));
      }
    });

    it('holds every paragraph of the edition, and images that exist in dist/', async () => {
      const { items } = await parse(built(`${lang}/feed.xml`));
      const html = items[0]?.description ?? '';
      for (const section of editions[lang].sections) {
        for (const block of section.blocks) {
          if (block.type === 'paragraph') expect(html).toContain(block.text.replace(/&/g, '&amp;'));
        }
      }
      const images = [...html.matchAll(/<img src="([^"]+)"/g)].map((m) => m[1] ?? '');
      expect(images.length).toBe(Object.keys(editions[lang].figures).length);
      for (const src of images) {
        expect(src.startsWith(`${origin}/`)).toBe(true);
        expect(src).toMatch(/\.jpe?g$/);
        expect(existsSync(path.join(dist, new URL(src).pathname))).toBe(true);
      }
    });
  });
}

describe('feed autodiscovery in every page head', () => {
  const pages: [string, 'de' | 'en'][] = [
    ['de/usa-china-cyberabkommen/index.html', 'de'],
    ['en/us-china-cyber-treaty/index.html', 'en'],
    ['404.html', 'de'],
    ['404.en.html', 'en'],
  ];
  it.each(pages)('%s links both feeds, its own language first', (file, lang) => {
    const html = built(file);
    const pattern =
      /<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="([^"]+)">/g;
    const other = lang === 'de' ? 'en' : 'de';
    expect([...html.matchAll(pattern)].map((m) => m[1])).toEqual([
      `${origin}/${lang}/feed.xml`,
      `${origin}/${other}/feed.xml`,
    ]);
  });
});

describe('robots.txt and the service worker', () => {
  it('names both feeds as sitemaps', () => {
    const robots = built('robots.txt');
    for (const lang of ['de', 'en'])
      expect(robots).toContain(`Sitemap: ${origin}/${lang}/feed.xml\n`);
    expect(robots).toContain(`Sitemap: ${origin}/sitemap.xml\n`);
  });

  it('precaches both feeds', () => {
    const sw = built('sw.js');
    for (const lang of ['de', 'en']) expect(sw).toContain(`"/${lang}/feed.xml"`);
  });
});
