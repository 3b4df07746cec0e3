// @vitest-environment node
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { editionLangs } from '../routing/manifest';
import {
  addArticle,
  contentFixture,
  realArticle,
  type ContentFixture,
} from '../../tests/support/content-fixture';
import { articleContent, readArticleRoutes, readStaleTranslations } from './content-plugin';

const realContent = path.resolve(__dirname, '../content');
const repo = path.resolve(__dirname, '../..');
let root: string | undefined;

function fixture(edit: (file: string) => void): string {
  root = mkdtempSync(path.join(tmpdir(), 'reader-content-'));
  cpSync(realContent, path.join(root, 'src/content'), { recursive: true });
  edit(path.join(root, 'src/content/us-china-cyber/en.json'));
  return root;
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('content validation at build time', () => {
  it('reads the real content into slugs and section ids of both languages', () => {
    const [article] = readArticleRoutes(path.resolve(__dirname, '../..'));
    expect(article?.id).toBe('us-china-cyber');
    expect(article?.editions.de.sections.map((s) => s.id)).toEqual(
      article?.editions.en?.sections.map((s) => s.id),
    );
  });

  it('fails naming the file and the field of broken content', () => {
    const dir = fixture((file) => {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      data.sections[2].title = '';
      writeFileSync(file, JSON.stringify(data));
    });
    expect(() => readArticleRoutes(dir)).toThrow(
      /src\/content\/us-china-cyber\/en\.json: sections\.2\.title: must not be empty/,
    );
  });

  it('fails naming the file, the field and the folder when a figure names an image without a file', () => {
    const dir = fixture((file) => {
      const data = JSON.parse(readFileSync(file, 'utf8'));
      data.figures.cyberspace.image = 'foo';
      writeFileSync(file, JSON.stringify(data));
    });
    expect(() => readArticleRoutes(dir)).toThrow(
      'src/content/us-china-cyber/en.json: figures.cyberspace.image: "foo" has no file in src/content/us-china-cyber/images/ (looked for foo.svg, foo.jpg, foo.jpeg, foo.png, foo.webp)',
    );
  });

  it('fails when an image file goes missing, naming the first edition that shows it', () => {
    const dir = fixture(() => {});
    const images = path.join(dir, 'src/content/us-china-cyber/images');
    renameSync(path.join(images, 'lead.svg'), path.join(images, 'lead.txt'));
    expect(() => readArticleRoutes(dir)).toThrow(
      /^src\/content\/us-china-cyber\/de\.json: figures\.obama\.image: "lead" has no file/,
    );
  });

  it('fails naming the file when it is not JSON at all', () => {
    const dir = fixture((file) => writeFileSync(file, '{ "slug": '));
    expect(() => readArticleRoutes(dir)).toThrow(
      /src\/content\/us-china-cyber\/en\.json: \(file\)/,
    );
  });

  it.each(['seite', 'page'])(
    'fails naming the file and the field when a slug is the reserved word %s',
    (word) => {
      const dir = fixture((file) => {
        const data = JSON.parse(readFileSync(file, 'utf8'));
        data.slug = word;
        writeFileSync(file, JSON.stringify(data));
      });
      expect(() => readArticleRoutes(dir)).toThrow(
        `src/content/us-china-cyber/en.json: slug: "${word}" is reserved for the site's own pages`,
      );
    },
  );
});

describe('an article in German only (de.json, no en.json, not a draft)', () => {
  const fixtures: ContentFixture[] = [];
  afterEach(() => {
    for (const f of fixtures.splice(0)) f.remove();
  });

  /** The real article in both languages plus a German-only copy whose German has changed. */
  function germanOnly(): string {
    const content = contentFixture();
    fixtures.push(content);
    addArticle(content, realArticle);
    addArticle(
      content,
      'nur-deutsch',
      (edition) => {
        // A changed German would make an English block stale, if there were any English.
        (edition.headline as { text: string }).text = 'Eine neue Schlagzeile';
      },
      { english: false },
    );
    return content.dir;
  }

  function load(dir: string, id: string) {
    const plugin = articleContent({ contentDir: dir });
    const hooks = plugin as unknown as {
      configResolved: (config: { root: string }) => void;
      load: (this: unknown, id: string) => string;
    };
    hooks.configResolved({ root: repo });
    const warn = vi.fn();
    const watched: string[] = [];
    const code = hooks.load.call({ warn, addWatchFile: (f: string) => watched.push(f) }, id);
    return { code, warn, watched };
  }

  it('is published in German only: its manifest entry has no English edition', () => {
    const routes = readArticleRoutes(repo, germanOnly());
    const article = routes.find((a) => a.id === 'nur-deutsch');
    expect(article && editionLangs(article)).toEqual(['de']);
    expect(article?.editions.de.slug).toMatch(/-nur-deutsch$/);
    const real = routes.find((a) => a.id === realArticle);
    expect(real && editionLangs(real)).toEqual(['de', 'en']);
  });

  it('gets a loader for German only, and no stale warning', () => {
    const dir = germanOnly();
    const { code } = load(dir, '\0virtual:article-content');
    expect(code).toContain('"nur-deutsch/de"');
    expect(code).not.toContain('"nur-deutsch/en"');
    expect(code).toContain(`"${realArticle}/en"`);
    const routes = load(dir, '\0virtual:article-routes');
    expect(routes.warn).not.toHaveBeenCalled();
    expect(readStaleTranslations(repo, dir)).toEqual([]);
    expect(routes.watched).toContain(path.join(dir, 'nur-deutsch', 'de.json'));
    expect(routes.watched).not.toContain(path.join(dir, 'nur-deutsch', 'en.json'));
  });
});
