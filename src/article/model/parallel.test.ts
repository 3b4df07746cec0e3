import { describe, expect, it } from 'vitest';
import de from '../../content/us-china-cyber/de.json';
import en from '../../content/us-china-cyber/en.json';
import { pairEditions } from './parallel';
import type { Article } from './schema';

const german = de as Article;
const english = en as Article;

function clone(article: Article): Article {
  return structuredClone(article);
}

describe('pairEditions', () => {
  it('pairs every section, paragraph and figure of the two editions by id, in order', () => {
    const sections = pairEditions(german, english);
    expect(sections.map((s) => s.id)).toEqual(german.sections.map((s) => s.id));
    for (const [i, section] of sections.entries()) {
      const source = german.sections[i];
      expect(section.rows.map((row) => row.id)).toEqual(source?.blocks.map((b) => b.id));
      expect(section.other.title).toBe(english.sections[i]?.title);
      for (const row of section.rows) {
        if (row.type !== 'paragraph') continue;
        expect(source?.blocks).toContainEqual(row.own);
        expect(english.sections[i]?.blocks).toContainEqual(row.other);
      }
    }
    expect(sections.flatMap((s) => s.rows).some((row) => row.type === 'figure')).toBe(true);
  });

  it('puts the given edition first, whichever it is', () => {
    const [first] = pairEditions(english, german);
    expect(first?.own.title).toBe(english.sections[0]?.title);
    expect(first?.other.title).toBe(german.sections[0]?.title);
  });

  it('fails naming a paragraph id that exists in one edition only', () => {
    const broken = clone(english);
    const block = broken.sections[1]?.blocks.find((b) => b.type === 'paragraph');
    if (!block) throw new Error('fixture has no paragraph');
    const id = block.id;
    block.id = `${id}-x`;
    expect(() => pairEditions(german, broken)).toThrow(
      new RegExp(`only in the first edition: ${id}.*only in the second edition: ${id}-x`),
    );
  });

  it('fails on a section in one edition only', () => {
    const broken = clone(german);
    broken.sections.pop();
    expect(() => pairEditions(broken, english)).toThrow(/sections do not pair.*only in the second/);
  });

  it('fails on blocks in another order', () => {
    const broken = clone(english);
    const section = broken.sections.find((s) => s.blocks.length > 1);
    section?.blocks.reverse();
    expect(() => pairEditions(german, broken)).toThrow(/order differs/);
  });

  it('fails on a figure in one edition only, and on an end note in one only', () => {
    const noFigure = clone(english);
    noFigure.figures = Object.fromEntries(Object.entries(noFigure.figures).slice(1));
    expect(() => pairEditions(german, noFigure)).toThrow(/figures do not pair/);
    const noNote = clone(english);
    delete noNote.endNote;
    if (german.endNote) expect(() => pairEditions(german, noNote)).toThrow(/end notes/);
  });
});
