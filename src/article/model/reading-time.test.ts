// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from './parse-article';
import { countWords, readingMinutes, sectionWords } from './reading-time';
import { buildToc } from './toc';

const load = (lang: string) =>
  parseArticle(
    JSON.parse(
      readFileSync(path.resolve(__dirname, `../../content/us-china-cyber/${lang}.json`), 'utf8'),
    ),
    lang,
  );

describe('reading time', () => {
  it('counts words, not punctuation or dashes', () => {
    expect(countWords('Wie die „New York Times“ berichtet – so Holder …')).toBe(8);
    expect(countWords('   ')).toBe(0);
  });

  it('uses a slower speed for German than for English', () => {
    expect(readingMinutes(358, 'de')).toBe(2);
    expect(readingMinutes(358, 'en')).toBe(2);
    expect(readingMinutes(1000, 'de')).toBe(6);
    expect(readingMinutes(1000, 'en')).toBe(4);
  });

  it('never says less than a minute', () => {
    expect(readingMinutes(0, 'de')).toBe(1);
    expect(readingMinutes(20, 'en')).toBe(1);
  });

  it('counts a section’s heading, paragraphs and captions, but not an editorial nav title', () => {
    const de = load('de');
    const [overview, plants] = de.sections;
    if (!overview || !plants) throw new Error('sections missing');
    expect(sectionWords(de, overview)).toBe(
      countWords(overview.blocks.map((b) => ('text' in b ? b.text : '')).join(' ')),
    );
    expect(sectionWords(de, plants)).toBeGreaterThan(countWords(plants.title));
  });
});

describe('buildToc', () => {
  it('lists every section in order with its title and minutes, in each language', () => {
    expect(buildToc(load('de'), 'de')).toEqual([
      { id: 'overview', title: 'Überblick', minutes: 1 },
      { id: 'nuclear-plants', title: 'Angriffe gegen Atomkraftwerke', minutes: 1 },
      { id: 'state-visit', title: 'Wenn Chinas Präsident kommt', minutes: 1 },
    ]);
    expect(buildToc(load('en'), 'en').map((e) => e.title)).toEqual([
      'Overview',
      'Attacks on nuclear power plants',
      'When China’s president visits',
    ]);
  });
});
