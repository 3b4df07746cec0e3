// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/model/parse-article';
import type { Article } from '../../src/article/model/schema';
import { importArticle } from '../../src/importer/import-article';

// The importer must reproduce this project's own German edition from its scraped source. The
// comparison applies corrections.json to the source first (the corrections are the editors' work,
// applied through that file, never by the importer), and leaves out what is editorial: ids,
// slugs, headline, standfirst, the end note's wording, the figures' ids and image names.
// Runs of spaces are compared as one: the source has some, HTML renders them as one, and the
// edition never had them.

const dir = path.resolve(__dirname, '../../src/content/us-china-cyber');
const source = readFileSync(path.join(dir, 'source/article-de.txt'), 'utf8');
const { corrections } = JSON.parse(readFileSync(path.join(dir, 'corrections.json'), 'utf8')) as {
  corrections: { find: string; replace: string }[];
};
const today = parseArticle(
  JSON.parse(readFileSync(path.join(dir, 'de.json'), 'utf8')),
  'src/content/us-china-cyber/de.json',
);
const corrected = corrections.reduce((text, c) => text.replace(c.find, () => c.replace), source);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The structure of an edition without anything editorial: what the source determines. */
function structure(article: Article) {
  const figure = (id: string) => {
    const f = article.figures[id];
    return f && { alt: collapse(f.alt), caption: collapse(f.caption), credit: f.credit };
  };
  return {
    lead: article.leadFigure === undefined ? undefined : figure(article.leadFigure),
    figureCount: Object.keys(article.figures).length,
    sections: article.sections.map((s) => ({
      title: s.title,
      untitled: s.untitled ?? false,
      blocks: s.blocks.map((b) =>
        b.type === 'figure'
          ? { figure: figure(b.id) }
          : { text: collapse(b.text), truncated: b.truncated ?? false },
      ),
    })),
    endNote: article.endNote !== undefined,
  };
}

describe('importing this project’s source', () => {
  it('reproduces the German edition’s structure once the corrections are applied', () => {
    const { edition } = importArticle(corrected, {
      id: 'us-china-cyber',
      headline: today.headline.text,
    });
    expect(() => parseArticle(edition, 'imported')).not.toThrow();
    expect(structure(edition)).toEqual(structure(today));
  });

  it('gives the same shape from the raw source, and reports the lost brackets as guesses', () => {
    const { edition, report } = importArticle(source, { id: 'us-china-cyber' });
    const shape = (a: Article) =>
      a.sections.map((s) => [s.title, s.blocks.map((b) => b.type).join(',')]);
    expect(shape(edition)).toEqual(shape(today));
    expect(edition.figures['figure-2']?.credit).toBe(today.figures.cyberspace?.credit);
    const bracketGuesses = report.entries.filter((e) => e.message.includes('opening bracket'));
    expect(bracketGuesses.map((e) => e.line)).toEqual([11, 12]);
  });
});
