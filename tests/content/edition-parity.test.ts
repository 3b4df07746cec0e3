// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/article/model/parse-article';
import type { Article } from '../../src/article/model/schema';

const root = path.resolve(__dirname, '../..');
const read = (file: string): unknown => JSON.parse(readFileSync(path.join(root, file), 'utf8'));
const edition = (lang: string): Article =>
  parseArticle(read(`src/content/us-china-cyber/${lang}.json`), `${lang}.json`);

/** Every key path of a resource, with arrays indexed: `a.b.0.c`. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object') return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keyPaths(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('the two editions', () => {
  const de = edition('de');
  const en = edition('en');

  it('have the same sections, in the same order, with the same ids', () => {
    expect(en.sections.map((s) => s.id)).toEqual(de.sections.map((s) => s.id));
  });

  it('have the same blocks (paragraphs line up one to one) and the same figures', () => {
    const blocks = (a: Article) => a.sections.map((s) => s.blocks.map((b) => `${b.type}:${b.id}`));
    expect(blocks(en)).toEqual(blocks(de));
    expect(Object.keys(en.figures)).toEqual(Object.keys(de.figures));
    expect(en.leadFigure).toBe(de.leadFigure);
  });

  it('keep the credits as they are, in English', () => {
    for (const [id, figure] of Object.entries(de.figures)) {
      expect(en.figures[id]?.credit).toBe(figure.credit);
      expect(figure.creditLang).toBe('en');
    }
  });

  it('have the same resource keys, so nothing is missing in either language', () => {
    // English blocks also keep the hash of the German they were translated from.
    const english = keyPaths(read('src/content/us-china-cyber/en.json')).filter(
      (key) => !key.endsWith('.sourceHash') && key !== 'sourceHash',
    );
    expect(english).toEqual(keyPaths(read('src/content/us-china-cyber/de.json')));
  });

  it('keep every name, number and attribution in the translation', () => {
    const text = JSON.stringify(en);
    for (const name of [
      'Westinghouse',
      'US Steel',
      'Solarworld',
      'Xi Jinping',
      'Eric Holder',
      'Holder',
      'New York Times',
      'UN code of conduct',
      'Barack Obama',
      'Shanghai',
      'five officers',
      'May',
      'Thursday',
      'Washington',
      'People’s Liberation Army',
    ]) {
      expect(text, name).toContain(name);
    }
  });

  it('both end on the broken-off sentence with an ellipsis', () => {
    for (const article of [de, en]) {
      const last = article.sections.at(-1)?.blocks.at(-1);
      expect(last?.type === 'paragraph' && last.truncated && last.text.endsWith('…')).toBe(true);
    }
  });
});

describe('the UI strings', () => {
  it('have identical keys in German and English', () => {
    expect(keyPaths(read('src/i18n/locales/en.json'))).toEqual(
      keyPaths(read('src/i18n/locales/de.json')),
    );
  });

  it('have no empty string in either language', () => {
    for (const lang of ['de', 'en']) {
      const resource = read(`src/i18n/locales/${lang}.json`);
      for (const key of keyPaths(resource)) {
        const value = key
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], resource);
        expect(typeof value === 'string' && value.trim().length > 0, `${lang}: ${key}`).toBe(true);
      }
    }
  });
});
