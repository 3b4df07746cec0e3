import { describe, expect, it } from 'vitest';
import type { Article } from './schema';
import { germanTextHash, staleWarnings, translationStatus } from './translation-status';

const edition = (text: string, hash?: string): Article => ({
  slug: 'a',
  headline: { text: 'Titel', ...(hash ? { sourceHash: germanTextHash('Titel') } : {}) },
  figures: {},
  sections: [
    {
      id: 's',
      slug: 's',
      title: 'Abschnitt',
      ...(hash ? { sourceHash: germanTextHash('Abschnitt') } : {}),
      blocks: [{ type: 'paragraph', id: 'p1', text, ...(hash ? { sourceHash: hash } : {}) }],
    },
  ],
});

describe('translation status', () => {
  it('hashes text stably (FNV-1a 64) and differently for any change', () => {
    expect(germanTextHash('')).toBe('cbf29ce484222325');
    expect(germanTextHash('a')).toBe('af63dc4c8601ec8c');
    expect(germanTextHash('Käme der Vertrag')).not.toBe(germanTextHash('Käme der Vertrag '));
  });

  it('is translated while the German is what the English was made from, stale after a change', () => {
    const de = edition('Ein Satz.');
    const en = edition('A sentence.', germanTextHash('Ein Satz.'));
    expect(translationStatus(de, en)).toEqual([
      { key: 'headline', status: 'translated' },
      { key: 'section:s', status: 'translated' },
      { key: 'paragraph:p1', status: 'translated' },
    ]);
    const changed = edition('Ein geänderter Satz.');
    expect(translationStatus(changed, en)[2]).toEqual({ key: 'paragraph:p1', status: 'stale' });
    expect(
      staleWarnings([
        { id: 'a', draft: false, english: true, blocks: translationStatus(changed, en) },
      ]),
    ).toEqual(['a: English paragraph:p1 is stale (the German changed since it was translated)']);
  });

  it('is missing without an English edition, stale when an English block keeps no hash', () => {
    const de = edition('Ein Satz.');
    expect(translationStatus(de, undefined).map((b) => b.status)).toEqual([
      'missing',
      'missing',
      'missing',
    ]);
    expect(translationStatus(de, edition('A sentence.')).map((b) => b.status)).toEqual([
      'stale',
      'stale',
      'stale',
    ]);
  });
});
