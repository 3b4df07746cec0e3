// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import dictionaryDe from 'dictionary-de';
import dictionaryEnGb from 'dictionary-en-gb';
import nspell from 'nspell';
import { describe, expect, it } from 'vitest';

// Spell-checks both editions and the UI strings with Hunspell dictionaries (igerman98 de_DE and
// en_GB: the English edition is British, see src/content/STYLE.md), plus the project's word list
// (src/content/words.txt: names, and German compounds the dictionary builds by rules nspell does
// not implement). An unknown word fails, named with its file, field and language.

type Lang = 'de' | 'en';
const root = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/**
 * igerman98 lists many words twice: once as a word, once flagged ONLYINCOMPOUND (`o`) for use
 * inside compounds. nspell keeps the later entry, so it would reject plain "bilden" or "geben";
 * and it does not implement this dictionary's compounding (COMPOUNDBEGIN/MIDDLE/END), so those
 * entries are of no use to it. Dropping them leaves the words as words.
 */
function withoutCompoundOnly(dic: Uint8Array): string {
  return Buffer.from(dic)
    .toString('utf8')
    .split('\n')
    .filter((line) => !/\/\S*o/.test(line))
    .join('\n');
}

/** words.txt: `[de]`, `[en]` and `[both]` sections, one word a line, `#` comments. */
function wordList(text: string): Record<Lang, string[]> {
  const words: Record<Lang, string[]> = { de: [], en: [] };
  let section: Lang | 'both' | undefined;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (line === '') continue;
    const header = /^\[(de|en|both)\]$/.exec(line);
    if (header) {
      section = header[1] as Lang | 'both';
      continue;
    }
    if (section === undefined) throw new Error(`words.txt: "${line}" is outside a section`);
    for (const lang of section === 'both' ? (['de', 'en'] as const) : [section]) {
      words[lang].push(line);
    }
  }
  return words;
}

const projectWords = wordList(read('src/content/words.txt'));
// Loading takes about 2.5 s on an idle 2-core machine (nearly all of it nspell expanding the German
// affixes); checking the texts a few milliseconds. Not asserted: a busy machine takes twice that.
const spellers = {
  de: nspell(Buffer.from(dictionaryDe.aff), withoutCompoundOnly(dictionaryDe.dic)),
  en: nspell(Buffer.from(dictionaryEnGb.aff), Buffer.from(dictionaryEnGb.dic)),
};
/** Listed words the dictionary knows without the list: stale entries, which would hide nothing. */
const knownAnyway = (['de', 'en'] as const).flatMap((lang) =>
  projectWords[lang].filter((word) => spellers[lang].correct(word)).map((w) => `${lang} ${w}`),
);
for (const lang of ['de', 'en'] as const) {
  for (const word of projectWords[lang]) spellers[lang].add(word);
}

/** A text to check: where it is, and in which language it is written. */
interface Placed {
  where: string;
  lang: Lang;
  text: string;
}

/** Content keys that hold identifiers, flags or hashes, not words. */
const nonText = new Set(['slug', 'id', 'image', 'type', 'creditLang', 'leadFigure', 'sourceHash']);

function contentTexts(file: string, lang: Lang): Placed[] {
  const placed: Placed[] = [];
  const walk = (value: unknown, at: string, textLang: Lang) => {
    if (typeof value === 'string') {
      const key = at.split('.').at(-1) ?? '';
      if (!nonText.has(key)) placed.push({ where: `${file} ${at}`, lang: textLang, text: value });
    } else if (value !== null && typeof value === 'object') {
      // A figure's credit may be in another language (creditLang), as the page marks it.
      const own = (value as { creditLang?: unknown }).creditLang;
      for (const [key, child] of Object.entries(value)) {
        const childLang = key === 'credit' && (own === 'de' || own === 'en') ? own : textLang;
        walk(child, at === '' ? key : `${at}.${key}`, childLang);
      }
    }
  };
  walk(JSON.parse(read(file)), '', lang);
  return placed;
}

/** UI strings shown in the other language, as the page marks them (lang="…"): the toggle's. */
const otherLanguageKeys = new Set(['language.other', 'language.otherHint', 'notFound.toOther']);

function uiTexts(file: string, lang: Lang): Placed[] {
  const placed: Placed[] = [];
  const other: Lang = lang === 'de' ? 'en' : 'de';
  const walk = (value: unknown, at: string) => {
    if (typeof value === 'string') {
      // Interpolation placeholders ({{title}}) are filled in from elsewhere: not words here.
      const text = value.replace(/\{\{[^}]*\}\}/g, ' ');
      placed.push({ where: `${file} ${at}`, lang: otherLanguageKeys.has(at) ? other : lang, text });
    } else if (value !== null && typeof value === 'object') {
      for (const [key, child] of Object.entries(value))
        walk(child, at === '' ? key : `${at}.${key}`);
    }
  };
  walk(JSON.parse(read(file)), '');
  return placed;
}

/** The words of a text: letters and digits, joined by apostrophes and hyphens. */
function wordsOf(text: string): string[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu)].map((m) => m[0]);
}

function isKnown(word: string, lang: Lang): boolean {
  const speller = spellers[lang];
  // The dictionaries spell the apostrophe straight; the editions use the typographic one.
  const plain = word.replace(/’/g, "'");
  if (/^\p{N}+$/u.test(plain) || speller.correct(plain)) return true;
  // English possessive: "Jinping’s" is right when "Jinping" is.
  if (lang === 'en' && plain.endsWith("'s") && isKnown(plain.slice(0, -2), lang)) return true;
  // A hyphenated compound is right when each of its parts is ("US-Präsident").
  const parts = plain.split('-');
  return parts.length > 1 && parts.every((part) => isKnown(part, lang));
}

function unknownWords(texts: readonly Placed[]): string[] {
  return texts.flatMap(({ where, lang, text }) =>
    wordsOf(text)
      .filter((word) => !isKnown(word, lang))
      .map((word) => `${lang} “${word}” in ${where}`),
  );
}

const allTexts = [
  ...contentTexts('src/content/us-china-cyber/de.json', 'de'),
  ...contentTexts('src/content/us-china-cyber/en.json', 'en'),
  ...uiTexts('src/i18n/locales/de.json', 'de'),
  ...uiTexts('src/i18n/locales/en.json', 'en'),
];

describe('spelling', () => {
  it('knows every word of the German edition', () => {
    expect(unknownWords(contentTexts('src/content/us-china-cyber/de.json', 'de'))).toEqual([]);
  });

  it('knows every word of the English edition, in British spelling', () => {
    expect(unknownWords(contentTexts('src/content/us-china-cyber/en.json', 'en'))).toEqual([]);
  });

  it('knows every word of the UI strings, in both languages', () => {
    expect(unknownWords(uiTexts('src/i18n/locales/de.json', 'de'))).toEqual([]);
    expect(unknownWords(uiTexts('src/i18n/locales/en.json', 'en'))).toEqual([]);
  });

  it('fails on a misspelt word and an American spelling, naming them', () => {
    const probe = (lang: Lang, text: string) => unknownWords([{ where: 'probe', lang, text }]);
    expect(probe('de', 'Die Verhandlungen wurden fortgesezt.')).toEqual([
      'de “fortgesezt” in probe',
    ]);
    expect(probe('en', 'The colour of the color.')).toEqual(['en “color” in probe']);
    expect(probe('en', 'Xi Jinping’s visit')).toEqual([]);
  });

  it('has a word list of words the dictionaries lack, each used, none twice', () => {
    expect(knownAnyway, 'words.txt lists words the dictionary knows').toEqual([]);
    const used = {
      de: new Set(allTexts.filter((t) => t.lang === 'de').flatMap((t) => wordsOf(t.text))),
      en: new Set(allTexts.filter((t) => t.lang === 'en').flatMap((t) => wordsOf(t.text))),
    };
    for (const lang of ['de', 'en'] as const) {
      const words = projectWords[lang];
      expect(new Set(words).size, `${lang}: duplicates in words.txt`).toBe(words.length);
      // A part of a hyphenated word ("Netzwerke" in "Mobiltelefon-Netzwerke") counts as used.
      const parts = new Set(
        [...used[lang]].flatMap((w) => [w, ...w.replace(/’s$/, '').split('-')]),
      );
      expect(
        words.filter((w) => !parts.has(w)),
        `${lang}: unused in words.txt`,
      ).toEqual([]);
    }
  });
});
