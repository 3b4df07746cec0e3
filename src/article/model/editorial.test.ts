// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { speechArticle } from '../../../tests/support/speech-article';
import { createI18n } from '../../i18n/create-i18n';
import type { Lang } from '../../i18n/languages';
import uiDe from '../../i18n/locales/de.json';
import uiEn from '../../i18n/locales/en.json';
import editionDe from '../../content/us-china-cyber/de.json';
import editionEn from '../../content/us-china-cyber/en.json';
import { parseArticle } from './parse-article';
import { editorialAdditions, editorialMarker, editorialParts, editorsNote } from './editorial';
import type { Article } from './schema';

// The real i18next instances with the real UI strings: the wording tested is the wording shown.
const ui = { de: uiDe, en: uiEn };
const tFor = (lang: Lang) => createI18n({ lang, ui: ui[lang], articles: {} }).t;

/** The probe article with the flags set as the real edition has them. */
const article: Article = {
  ...speechArticle,
  standfirst: { text: 'Vorspann', editorial: true },
  endNote: { text: 'Die Vorlage bricht ab.', editorial: true },
};

const twoUntitled: Article = {
  ...article,
  sections: article.sections.map((s) =>
    s.id === 'plants' ? { ...s, title: 'Kraftwerke', untitled: true } : s,
  ),
};

describe('editorialParts', () => {
  it('lists what the flags mark, in reading order', () => {
    expect(editorialParts(article)).toEqual([
      { kind: 'headline' },
      { kind: 'standfirst' },
      { kind: 'sectionTitle', sectionId: 'intro', title: 'Überblick' },
    ]);
  });

  it('leaves out a standfirst from the source and a section with a heading of its own', () => {
    // The probe's own standfirst carries no flag: the source had it.
    expect(editorialParts(speechArticle).map((p) => p.kind)).toEqual(['headline', 'sectionTitle']);
  });
});

describe('editorialMarker', () => {
  it('names the header’s editorial parts, in either language', () => {
    expect(editorialMarker(article, tFor('de'), 'de')).toBe(
      'Überschrift und Vorspann: von der Redaktion',
    );
    expect(editorialMarker(article, tFor('en'), 'en')).toBe(
      'Headline and standfirst: by the editors',
    );
  });

  it('names only the headline when the standfirst is the source’s', () => {
    expect(editorialMarker(speechArticle, tFor('en'), 'en')).toBe('Headline: by the editors');
  });

  it('is absent when nothing in the header is editorial, even if a section title is', () => {
    const plain: Article = { ...speechArticle, headline: { text: 'Schlagzeile' } };
    expect(editorialMarker(plain, tFor('de'), 'de')).toBeUndefined();
  });
});

describe('editorialAdditions', () => {
  it('lists every addition with the section titles quoted, as a sentence', () => {
    expect(editorialAdditions(article, tFor('de'), 'de')).toBe(
      'Die Überschrift, der Vorspann und der Abschnittstitel „Überblick“ sind redaktionelle Ergänzungen.',
    );
    // British style: no serial comma before "and".
    expect(editorialAdditions(article, tFor('en'), 'en')).toBe(
      'The headline, the standfirst and the section title “Überblick” are editorial additions.',
    );
  });

  it('agrees in number: one addition is singular, two section titles are plural', () => {
    const onlyHeadline: Article = {
      ...speechArticle,
      sections: speechArticle.sections.map((s) => ({ ...s, untitled: undefined })),
    };
    expect(editorialAdditions(onlyHeadline, tFor('en'), 'en')).toBe(
      'The headline is an editorial addition.',
    );
    expect(editorialAdditions(onlyHeadline, tFor('de'), 'de')).toBe(
      'Die Überschrift ist eine redaktionelle Ergänzung.',
    );
    const titlesOnly: Article = { ...twoUntitled, headline: { text: 'Schlagzeile' } };
    expect(editorialAdditions(titlesOnly, tFor('en'), 'en')).toBe(
      'The standfirst and the section titles “Überblick” and “Kraftwerke” are editorial additions.',
    );
    const noStandfirst: Article = { ...titlesOnly, standfirst: undefined };
    expect(editorialAdditions(noStandfirst, tFor('de'), 'de')).toBe(
      'Die Abschnittstitel „Überblick“ und „Kraftwerke“ sind redaktionelle Ergänzungen.',
    );
  });

  it('is absent when the editors added nothing', () => {
    const source: Article = {
      ...speechArticle,
      headline: { text: 'Schlagzeile' },
      sections: speechArticle.sections.map((s) => ({ ...s, untitled: undefined })),
    };
    expect(editorialAdditions(source, tFor('de'), 'de')).toBeUndefined();
    expect(editorsNote(source, tFor('de'), 'de')).toEqual([]);
  });
});

describe('editorsNote', () => {
  it('is the article’s own words, then the generated list', () => {
    expect(editorsNote(article, tFor('de'), 'de')).toEqual([
      'Die Vorlage bricht ab.',
      'Die Überschrift, der Vorspann und der Abschnittstitel „Überblick“ sind redaktionelle Ergänzungen.',
    ]);
  });

  it('is only the list when the article has no note of its own', () => {
    expect(editorsNote({ ...article, endNote: undefined }, tFor('en'), 'en')).toEqual([
      'The headline, the standfirst and the section title “Überblick” are editorial additions.',
    ]);
  });
});

describe('the editions’ notes', () => {
  it('say what is missing, then list the additions their flags mark', () => {
    const de = parseArticle(editionDe, 'de.json');
    const en = parseArticle(editionEn, 'en.json');
    expect(editorsNote(de, tFor('de'), 'de')).toEqual([
      'Die Vorlage bricht an dieser Stelle mitten im Satz ab, vor dem Verb: Was der Verhaltenskodex Staaten bei Cyberattacken untersagt oder vorschreibt, fehlt.',
      'Die Überschrift, der Vorspann und der Abschnittstitel „Überblick“ sind redaktionelle Ergänzungen.',
    ]);
    expect(editorsNote(en, tFor('en'), 'en')).toEqual([
      'The original breaks off here, mid-sentence, before its verb: what the code of conduct says no state may do with cyberattacks is missing (the first ellipsis marks where English needs the verb).',
      'The headline, the standfirst and the section title “Overview” are editorial additions.',
    ]);
    expect(editorialMarker(de, tFor('de'), 'de')).toBe(
      'Überschrift und Vorspann: von der Redaktion',
    );
    expect(editorialMarker(en, tFor('en'), 'en')).toBe('Headline and standfirst: by the editors');
  });
});
