// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadGermanSpelling } from './german-spelling';
import { importArticle } from './import-article';

const source = readFileSync(
  path.resolve(__dirname, '../content/us-china-cyber/source/article-de.txt'),
  'utf8',
);
let isWord: (word: string) => boolean;

// Loading the dictionary takes 10–15 s of CPU (nspell expands the affix rules): once per file.
beforeAll(() => {
  isWord = loadGermanSpelling();
}, 120_000);

describe('the German dictionary', () => {
  it('knows words whose last homonym in the .dic is compound-only or needs an affix', () => {
    for (const word of ['wohl', 'suchen', 'geben', 'verhandeln', 'Kraftwerke', 'Staatsbesuch']) {
      expect(isWord(word), word).toBe(true);
    }
    expect(isWord('Duie')).toBe(false);
  });

  it('finds the source’s slips with their lines, and the edition keeps them as they are', () => {
    const { edition, report } = importArticle(source, { id: 'x', isWord });
    const slips = report.entries.filter((e) => e.kind === 'slip');
    const at = (line: number) => slips.filter((e) => e.line === line).map((e) => e.message);
    expect(at(1)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^3 spaces in a row/),
        expect.stringMatching(/^underscore in a word/),
      ]),
    );
    expect(at(11)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no space after a comma: ".*Cyberraum,Official/),
        expect.stringMatching(/^"Duie" is not in the German dictionary/),
      ]),
    );
    expect(at(12)).toEqual([expect.stringMatching(/^no space after a semicolon/)]);
    expect(at(14)).toContainEqual(expect.stringMatching(/no space after a comma: ".*seien,so/));
    expect(at(20)).toContainEqual(
      expect.stringMatching(/space before a full stop: ".*Kraftwerke \./),
    );
    // Reported, never applied: an editor applies them through corrections.json.
    expect(edition.figures['figure-2']?.alt).toMatch(/^Duie USA/);
    expect(JSON.stringify(edition)).toContain('seien,so Holder');
  });
});
