// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/model/parse-article';
import type { Article } from '../../src/article/model/schema';

const dir = path.resolve(__dirname, '../../src/content/us-china-cyber');
const source = readFileSync(path.join(dir, 'source/article-de.txt'), 'utf8');
const { corrections } = JSON.parse(readFileSync(path.join(dir, 'corrections.json'), 'utf8')) as {
  corrections: { find: string; replace: string; reason: string }[];
};
const de = parseArticle(
  JSON.parse(readFileSync(path.join(dir, 'de.json'), 'utf8')),
  'src/content/us-china-cyber/de.json',
);

const words = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * The German edition laid out as the scraped source is: each photo as an alt line and a caption
 * line, both followed by the credit in brackets; headings; paragraphs. Editorial additions
 * (headline, standfirst, the lead's navigation title, the end note) are not part of the source.
 */
function sourceLayout(article: Article): string {
  const lines: string[] = [];
  const figureLines = (id: string) => {
    const figure = article.figures[id];
    if (!figure) throw new Error(`no figure ${id}`);
    const credit = figure.credit === undefined ? '' : ` (${figure.credit})`;
    lines.push(`${figure.alt}${credit}`, `${figure.caption}${credit}`);
  };
  if (article.leadFigure !== undefined) figureLines(article.leadFigure);
  for (const section of article.sections) {
    if (!section.untitled) lines.push(section.title);
    for (const block of section.blocks) {
      if (block.type === 'figure') figureLines(block.id);
      else lines.push(block.text);
    }
  }
  return lines.join('\n');
}

describe('the German edition and its source', () => {
  it('applies each listed correction exactly once', () => {
    let text = source;
    for (const { find, replace } of corrections) {
      expect(text.split(find).length - 1, `"${find}" should occur once`).toBe(1);
      text = text.replace(find, () => replace);
    }
  });

  it('is the source word for word, except for the listed corrections', () => {
    let expected = source;
    for (const { find, replace } of corrections) expected = expected.replace(find, () => replace);
    expect(words(sourceLayout(de))).toEqual(words(expected));
  });

  it('keeps every word of the source in order, uncorrected words untouched', () => {
    const corrected = new Set(corrections.flatMap((c) => words(c.find)));
    const sourceWords = words(source).filter((w) => !corrected.has(w));
    const editionWords = words(sourceLayout(de));
    let at = 0;
    for (const word of sourceWords) {
      const found = editionWords.indexOf(word, at);
      expect(found, `"${word}" missing or out of order`).toBeGreaterThanOrEqual(0);
      at = found + 1;
    }
  });

  it('ends the broken-off last sentence with an ellipsis and does not complete it', () => {
    const last = de.sections.at(-1)?.blocks.at(-1);
    expect(last).toMatchObject({ type: 'paragraph', truncated: true });
    expect(
      last?.type === 'paragraph' && last.text.endsWith('dass kein Staat Cyberattacken …'),
    ).toBe(true);
  });

  it('marks what the editors wrote, and invents no author or date', () => {
    expect(de.headline.editorial).toBe(true);
    expect(de.standfirst?.editorial).toBe(true);
    expect(de.endNote?.editorial).toBe(true);
    expect(de.byline).toBeUndefined();
    expect(de.published).toBeUndefined();
  });
});
