// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addArticle, contentFixture, type ContentFixture } from '../support/content-fixture';

// Builds the client from a fixture content folder (READER_CONTENT_DIR) holding one published
// article and one draft, and reads every built asset: the draft's text must be in none of them.

const require = createRequire(import.meta.url);
const viteBin = path.join(path.dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const root = path.resolve(__dirname, '../..');
const draftSentence = 'Dieser Entwurf hat noch keine Überschrift und darf nie gebaut werden.';
const publishedSentence = 'Dieser veröffentlichte Absatz steht in seinem eigenen Stück.';

let fixture: ContentFixture;
let assets: string[];

function setFirstParagraph(edition: Record<string, unknown>, text: string): void {
  const sections = edition.sections as { blocks: { type: string; text?: string }[] }[];
  const paragraph = sections[0]?.blocks.find((block) => block.type === 'paragraph');
  if (!paragraph) throw new Error('the real article has no first paragraph');
  paragraph.text = text;
}

beforeAll(() => {
  fixture = contentFixture('reader-drafts-');
  addArticle(fixture, 'published', (edition, lang) => {
    if (lang === 'de') setFirstParagraph(edition, publishedSentence);
  });
  addArticle(
    fixture,
    'draft-piece',
    (edition) => {
      edition.draft = true;
      setFirstParagraph(edition, draftSentence);
    },
    { english: false },
  );
  const outDir = path.join(fixture.dir, '.dist');
  const built = spawnSync(
    process.execPath,
    [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, env: { ...process.env, READER_CONTENT_DIR: fixture.dir }, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`vite build failed:\n${built.stdout}${built.stderr}`);
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' });
  assets = files
    .filter((file) => /\.(js|json|html|css)$/.test(file))
    .map((file) => readFileSync(path.join(outDir, file), 'utf8'));
}, 240_000);

afterAll(() => fixture.remove());

describe('only published editions are built', () => {
  it("puts a published edition's text into the build", () => {
    expect(assets.some((text) => text.includes(publishedSentence))).toBe(true);
  });

  it("keeps a draft's text out of every built asset", () => {
    expect(assets.length).toBeGreaterThan(0);
    expect(assets.filter((text) => text.includes(draftSentence))).toEqual([]);
  });
});
