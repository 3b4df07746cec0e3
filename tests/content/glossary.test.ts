// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/model/parse-article';
import type { Article } from '../../src/article/model/schema';

// Holds the two editions to the glossary of fixed terms: wherever a block of one edition uses a
// term, the same block of the other uses its fixed translation, and the other way round.

const root = path.resolve(__dirname, '../..');
const readJson = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const edition = (lang: 'de' | 'en'): Article =>
  parseArticle(readJson(`src/content/us-china-cyber/${lang}.json`), `${lang}.json`);

const forms = v.pipe(v.array(v.pipe(v.string(), v.nonEmpty())), v.nonEmpty());
const glossarySchema = v.object({
  about: v.string(),
  terms: v.array(v.strictObject({ de: forms, en: forms, note: v.optional(v.string()) })),
});
const glossary = v.parse(glossarySchema, readJson('src/content/glossary.json'));
type Term = (typeof glossary.terms)[number];

/** Every text a reader sees, by the place it has in both editions (ids are shared). */
function placedTexts(article: Article): Map<string, string> {
  const texts = new Map<string, string>([['headline', article.headline.text]]);
  if (article.standfirst) texts.set('standfirst', article.standfirst.text);
  for (const [id, figure] of Object.entries(article.figures)) {
    texts.set(`figure ${id} alt`, figure.alt);
    texts.set(`figure ${id} caption`, figure.caption);
  }
  for (const section of article.sections) {
    texts.set(`section ${section.id} title`, section.title);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') texts.set(`paragraph ${block.id}`, block.text);
    }
  }
  if (article.endNote) texts.set('end note', article.endNote.text);
  return texts;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole word or phrase: no letter or digit directly before or after it. */
const wordPattern = (form: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(form)}(?![\\p{L}\\p{N}])`, 'gu');

function variants(form: string, lang: 'de' | 'en'): string[] {
  // A sentence may start with an English term: "Cyberattacks …".
  const capital = form.charAt(0).toUpperCase() + form.slice(1);
  return lang === 'en' && capital !== form ? [form, capital] : [form];
}

/**
 * The terms a text uses. Longer forms are matched first and blanked out, so "nuclear power
 * plants" does not also count as "power plants", nor "Eric Holder" as "Holder".
 */
function termsIn(text: string, terms: readonly Term[], lang: 'de' | 'en'): Set<number> {
  const found = new Set<number>();
  const patterns = terms
    .flatMap((term, index) =>
      term[lang].flatMap((f) => variants(f, lang).map((form) => ({ form, index }))),
    )
    .sort((a, b) => b.form.length - a.form.length);
  let rest = text;
  for (const { form, index } of patterns) {
    const pattern = wordPattern(form);
    if (!pattern.test(rest)) continue;
    found.add(index);
    rest = rest.replace(pattern, (match) => ' '.repeat(match.length));
  }
  return found;
}

describe('the glossary', () => {
  const de = placedTexts(edition('de'));
  const en = placedTexts(edition('en'));

  it('has each term once, and every term occurs in the editions', () => {
    const keys = glossary.terms.map((term) => term.de.join('|'));
    expect(new Set(keys).size).toBe(keys.length);
    const used = termsIn([...de.values()].join('\n'), glossary.terms, 'de');
    const unused = glossary.terms.filter((_, i) => !used.has(i));
    expect(unused.map((term) => term.de[0])).toEqual([]);
  });

  it('pairs every place of the German edition with the same place in the English', () => {
    expect([...en.keys()]).toEqual([...de.keys()]);
  });

  it('holds both editions to it: a term on one side has its fixed translation on the other', () => {
    const mismatches: string[] = [];
    for (const [place, german] of de) {
      const english = en.get(place) ?? '';
      const inGerman = termsIn(german, glossary.terms, 'de');
      const inEnglish = termsIn(english, glossary.terms, 'en');
      glossary.terms.forEach((term, i) => {
        if (inGerman.has(i) && !inEnglish.has(i)) {
          mismatches.push(
            `${place}: German has “${term.de.join('/')}”, English lacks “${term.en.join('/')}”`,
          );
        }
        if (inEnglish.has(i) && !inGerman.has(i)) {
          mismatches.push(
            `${place}: English has “${term.en.join('/')}”, German lacks “${term.de.join('/')}”`,
          );
        }
      });
    }
    expect(mismatches).toEqual([]);
  });
});

describe('termsIn', () => {
  const terms: Term[] = [
    { de: ['Atomkraftwerke'], en: ['nuclear power plants'] },
    { de: ['Kraftwerke'], en: ['power plants'] },
    { de: ['Cyberattacken'], en: ['cyberattacks'] },
  ];

  it('matches whole words only, the longer term first', () => {
    expect([...termsIn('gegen Atomkraftwerke', terms, 'de')]).toEqual([0]);
    expect([...termsIn('on nuclear power plants and power plants', terms, 'en')]).toEqual([0, 1]);
    expect([...termsIn('Cyberattackenabwehr', terms, 'de')]).toEqual([]);
  });

  it('finds an English term at the start of a sentence', () => {
    expect([...termsIn('Cyberattacks are feared.', terms, 'en')]).toEqual([2]);
  });
});
