// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { withCompounds } from './german-spelling';
import { findSlips } from './slips';

const line = (text: string, n = 1) => ({ line: n, text, prose: text });
const messages = (text: string, isWord?: (w: string) => boolean) =>
  findSlips([line(text)], isWord).map((e) => e.message);

describe('likely slips', () => {
  it('reports doubled spaces, a missing space after a comma or full stop, a space before one', () => {
    expect(messages('Er kam  heute.')).toEqual(['2 spaces in a row: "Er kam  heute."']);
    expect(messages('Sie seien,so Holder, gegangen.')).toEqual([
      'no space after a comma: "Sie seien,so Holder, ge"',
    ]);
    expect(messages('Das war das Ende.Der Rest fehlt.')).toEqual([
      'no space after a full stop: "as war das Ende.Der Rest fehl"',
    ]);
    expect(messages('Kraftwerke . Nicht')).toEqual([
      'space before a full stop: "Kraftwerke . Nicht"',
    ]);
    expect(messages('auf US_Atomkraftwerke')).toEqual([
      'underscore in a word (a hyphen?): "auf US_Atomkraftwerk"',
    ]);
  });

  it('leaves abbreviations, numbers, web addresses and an ellipsis alone', () => {
    expect(messages('Das gilt z.B. für 3,5 Prozent, laut spiegel.de und U.S. Steel …')).toEqual([]);
  });

  it('reports each unknown word once per line, with its line number, and skips acronyms', () => {
    const known = new Set(['Die', 'USA', 'suchen', 'Sicherheit']);
    const entries = findSlips([line('Duie USA suchen Sicherheit, Duie', 11)], (w) => known.has(w));
    expect(entries).toEqual([
      {
        line: 11,
        kind: 'slip',
        message: '"Duie" is not in the German dictionary: a typo, or a name it does not know?',
      },
    ]);
  });

  it('spells only the prose of a line, not its credit', () => {
    const entries = findSlips(
      [{ line: 2, text: 'Ein Bild (Photo by Lucidon)', prose: 'Ein Bild' }],
      (w) => ['Ein', 'Bild'].includes(w),
    );
    expect(entries).toEqual([]);
  });
});

describe('German compounds', () => {
  const words = new Set(['Kraft', 'Werke', 'Staat', 'Besuch', 'Arbeit', 'Gruppe']);
  const isWord = withCompounds((w) => words.has(w));

  it('takes a word made of known words, with or without the linking s', () => {
    expect(isWord('Kraftwerke')).toBe(true);
    expect(isWord('Staatsbesuch')).toBe(true);
    expect(isWord('Arbeitsgruppe')).toBe(true);
  });

  it('does not take a typo, nor parts shorter than three letters', () => {
    expect(isWord('Kraftwerek')).toBe(false);
    expect(isWord('Duie')).toBe(false);
  });
});
