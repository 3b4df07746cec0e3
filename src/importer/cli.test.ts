// @vitest-environment node
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../article/model/parse-article';
import { readArticleRoutes, readDrafts } from '../site-generator/content-plugin';
import { runImport } from './cli';

const repo = path.resolve(__dirname, '../..');
const fixtures = path.join(repo, 'tests/fixtures/import');
let root: string | undefined;

/** A scratch repository root with a content folder; tests never write into src/content. */
function scratch(withRealContent = false): string {
  root = mkdtempSync(path.join(tmpdir(), 'reader-import-'));
  if (withRealContent) {
    cpSync(
      path.join(repo, 'src/content/us-china-cyber'),
      path.join(root, 'content/us-china-cyber'),
      {
        recursive: true,
      },
    );
  }
  return root;
}

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runImport([...argv, '--content-dir', 'content'], {
    cwd: fixtures,
    root: root ?? repo,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Every file under a folder, relative, so "nothing written" can be checked. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

describe('npm run import', () => {
  // The first import in this file loads the German dictionary (10-15 s of CPU).
  it(
    'writes the source as it is, the German edition, a stand-in per photo and the report',
    { timeout: 120_000 },
    async () => {
      const dir = scratch();
      const result = await run('three-photos.txt', '--id', 'rhein', '--headline', 'Niedrigwasser');
      expect(result).toMatchObject({ code: 0, err: '' });
      expect(result.out).toMatch(/2 sections, 3 photos/);
      expect(tree(path.join(dir, 'content'))).toEqual([
        'rhein',
        'rhein/de.json',
        'rhein/images',
        'rhein/images/figure-1.svg',
        'rhein/images/figure-2.svg',
        'rhein/images/figure-3.svg',
        'rhein/import-report.md',
        'rhein/source',
        'rhein/source/article-de.txt',
      ]);
      const article = path.join(dir, 'content/rhein');
      expect(readFileSync(path.join(article, 'source/article-de.txt'))).toEqual(
        readFileSync(path.join(fixtures, 'three-photos.txt')),
      );
      const de = parseArticle(
        JSON.parse(readFileSync(path.join(article, 'de.json'), 'utf8')),
        'de',
      );
      expect(de.headline).toEqual({ text: 'Niedrigwasser', editorial: true });
      expect(de.draft).toBeUndefined();
      const report = readFileSync(path.join(article, 'import-report.md'), 'utf8');
      expect(report).toMatch(/line 7: photo "figure-2"/);
      expect(report).toMatch(/\| 13 +\| figure-caption/);
      expect(report).toMatch(/## Likely slips/);
      // The stand-in is an image sharp renders, as the build will, and says what it stands in for.
      const svg = readFileSync(path.join(article, 'images/figure-3.svg'));
      expect(await sharp(svg).metadata()).toMatchObject({ width: 1800, height: 1200 });
      expect(svg.toString()).toContain('Pegel in Kaub');
    },
  );

  it('makes an article without a headline a draft the build lists and does not publish', async () => {
    const dir = scratch(true);
    const result = await run('no-photos.txt', '--id', 'koeln');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/a draft/);
    expect(readDrafts(dir, 'content')).toEqual(['koeln']);
    expect(readArticleRoutes(dir, 'content').map((a) => a.id)).toEqual(['us-china-cyber']);
  });

  it.each([
    ['bad-empty.txt', /bad-empty\.txt: is empty/],
    ['bad-blank.txt', /bad-blank\.txt: has no text/],
    ['bad-binary.txt', /bad-binary\.txt: is binary/],
    ['bad-latin1.txt', /bad-latin1\.txt: is not UTF-8/],
    ['missing.txt', /missing\.txt: cannot be read \(ENOENT\)/],
  ])('refuses %s, naming it, and writes nothing', async (file, message) => {
    const dir = scratch(true);
    const before = tree(path.join(dir, 'content'));
    const result = await run(file, '--id', 'neu', '--headline', 'H');
    expect(result.code).toBe(1);
    expect(result.err).toMatch(message);
    expect(tree(path.join(dir, 'content'))).toEqual(before);
  });

  it('refuses a file over 1 MiB, an id that exists and an id that is not one', async () => {
    const dir = scratch(true);
    const big = path.join(dir, 'big.txt');
    writeFileSync(big, `${'Ein Satz. '.repeat(110_000)}\n`);
    const before = tree(path.join(dir, 'content'));
    const tooBig = await run(big, '--id', 'gross');
    expect(tooBig.code).toBe(1);
    expect(tooBig.err).toMatch(/big\.txt: is 1100001 bytes, over the limit of 1048576/);
    const exists = await run('no-photos.txt', '--id', 'us-china-cyber');
    expect(exists.code).toBe(1);
    expect(exists.err).toMatch(/no-photos\.txt: an article with the id "us-china-cyber" exists/);
    const badId = await run('no-photos.txt', '--id', 'Köln Artikel');
    expect(badId.code).toBe(1);
    expect(badId.err).toMatch(/--id "Köln Artikel" must be a lower-case ASCII id/);
    expect(tree(path.join(dir, 'content'))).toEqual(before);
  });

  it('explains its usage when FILE or --id is missing', async () => {
    scratch();
    expect(await run('--id', 'x')).toMatchObject({ code: 2, err: expect.stringMatching(/^usage/) });
    expect(await run('no-photos.txt')).toMatchObject({ code: 2 });
  });

  it('runs as an npm script, with FILE relative to where npm was called', async () => {
    const dir = scratch();
    const { stdout } = await promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'import',
        '--',
        'crlf.txt',
        '--id',
        'streik',
        '--no-spelling',
        '--content-dir',
        path.join(dir, 'content'),
      ],
      { cwd: fixtures },
    );
    expect(stdout).toMatch(/Imported crlf\.txt/);
    expect(tree(path.join(dir, 'content'))).toContain('streik/de.json');
  }, 60_000);
});
