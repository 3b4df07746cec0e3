// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speechArticle } from '../../../tests/support/speech-article';
import { speechItems } from './speech-queue';

const texts = (items: { text: string }[]) => items.map((item) => item.text);

describe('speechItems', () => {
  it('reads the whole article in order: headline, standfirst, then each section', () => {
    expect(texts(speechItems(speechArticle))).toEqual([
      'Schlagzeile',
      'Vorspann',
      'Erster Absatz.',
      'Zweiter Absatz.',
      'Kraftwerke',
      'Dritter Absatz.',
      'Besuch',
      'Vierter Absatz.',
      'Bricht ab …',
    ]);
  });

  it('says where each item is: its section and block', () => {
    const items = speechItems(speechArticle);
    expect(items[0]).toEqual({ kind: 'headline', blockId: 'headline', text: 'Schlagzeile' });
    expect(items[1]).toEqual({ kind: 'standfirst', blockId: 'standfirst', text: 'Vorspann' });
    expect(items[4]).toEqual({
      kind: 'title',
      sectionId: 'plants',
      blockId: 'plants-title',
      text: 'Kraftwerke',
    });
    expect(items[5]).toEqual({
      kind: 'paragraph',
      sectionId: 'plants',
      blockId: 'p3',
      text: 'Dritter Absatz.',
    });
  });

  it('does not read an untitled section’s navigation title, nor figure captions', () => {
    const all = texts(speechItems(speechArticle));
    expect(all).not.toContain('Überblick');
    expect(all.join(' ')).not.toContain('Unterschrift');
  });

  it('reads only the section asked for, from its title', () => {
    expect(speechItems(speechArticle, { sectionId: 'visit' })).toEqual([
      { kind: 'title', sectionId: 'visit', blockId: 'visit-title', text: 'Besuch' },
      { kind: 'paragraph', sectionId: 'visit', blockId: 'p4', text: 'Vierter Absatz.' },
      { kind: 'paragraph', sectionId: 'visit', blockId: 'p5', text: 'Bricht ab …' },
    ]);
  });

  it('says that a broken-off paragraph breaks off, when given the words for it', () => {
    const items = speechItems(speechArticle, {
      sectionId: 'visit',
      truncatedNote: 'Der Text bricht hier ab.',
    });
    expect(items.at(-1)?.text).toBe('Bricht ab … Der Text bricht hier ab.');
    expect(items.at(-2)?.text).toBe('Vierter Absatz.');
  });

  it('has nothing to read for a section that does not exist, or without a standfirst', () => {
    expect(speechItems(speechArticle, { sectionId: 'nowhere' })).toEqual([]);
    const bare = { ...speechArticle, standfirst: undefined };
    expect(texts(speechItems(bare)).slice(0, 2)).toEqual(['Schlagzeile', 'Erster Absatz.']);
  });
});

describe('speechItems with the editorial marker and the editor’s note', () => {
  const options = { marker: 'Überschrift: von der Redaktion', note: 'Anmerkung. Bricht ab.' };

  it('reads the marker right after the header it speaks of, and the note last', () => {
    const items = speechItems(speechArticle, options);
    expect(texts(items).slice(0, 4)).toEqual([
      'Schlagzeile',
      'Vorspann',
      'Überschrift: von der Redaktion',
      'Erster Absatz.',
    ]);
    expect(items[2]).toEqual({
      kind: 'marker',
      blockId: 'marker',
      text: 'Überschrift: von der Redaktion',
    });
    expect(items.at(-2)?.text).toBe('Bricht ab …');
    expect(items.at(-1)).toEqual({ kind: 'note', blockId: 'note', text: 'Anmerkung. Bricht ab.' });
  });

  it('reads the marker after the headline when there is no standfirst', () => {
    const bare = { ...speechArticle, standfirst: undefined };
    expect(texts(speechItems(bare, options)).slice(0, 2)).toEqual([
      'Schlagzeile',
      'Überschrift: von der Redaktion',
    ]);
  });

  it('reads neither when only a section is read', () => {
    const kinds = speechItems(speechArticle, { ...options, sectionId: 'visit' }).map((i) => i.kind);
    expect(kinds).toEqual(['title', 'paragraph', 'paragraph']);
  });
});
