import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Content folders for test builds, made from the real article in the OS temp dir: tests never
// write into src/content and never ship a fixture article.

export const realContent = path.resolve(import.meta.dirname, '../../src/content');
export const realArticle = 'us-china-cyber';

export interface ContentFixture {
  dir: string;
  remove: () => void;
}

/** An empty content folder in the OS temp dir; `remove` deletes it. */
export function contentFixture(prefix = 'reader-content-'): ContentFixture {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Copies the real article into the fixture as `id`, with its own slugs so URLs do not collide. */
export function addArticle(
  fixture: ContentFixture,
  id: string,
  edit: (edition: Record<string, unknown>, lang: 'de' | 'en') => void = () => undefined,
  { english = true }: { english?: boolean } = {},
): void {
  const target = path.join(fixture.dir, id);
  cpSync(path.join(realContent, realArticle, 'images'), path.join(target, 'images'), {
    recursive: true,
  });
  for (const lang of english ? (['de', 'en'] as const) : (['de'] as const)) {
    const edition = JSON.parse(
      readFileSync(path.join(realContent, realArticle, `${lang}.json`), 'utf8'),
    ) as Record<string, unknown>;
    if (id !== realArticle) edition.slug = `${String(edition.slug)}-${id}`;
    edit(edition, lang);
    writeFileSync(path.join(target, `${lang}.json`), JSON.stringify(edition, null, 2));
  }
}
