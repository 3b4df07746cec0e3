import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { realArticle, realContent } from '../../support/content-fixture.ts';
import { fixtureImages } from '../long-article/fixture.ts';
import { paragraph, seededRandom, title } from '../long-article/filler.ts';

// Many synthetic articles, for the scale benchmark only (never shipped): each shaped like the
// real one (three sections, nine paragraphs, two figures), dated a day apart, every tenth in
// German only (#15), so fronts, pagination and feeds see what a real archive gives them. They
// must pass the content schema, since the build validates every article.

type Lang = 'de' | 'en';

/** Every tenth synthetic article has no English edition. */
export const isGermanOnly = (n: number) => n % 10 === 0;

const words = {
  de: {
    slug: 'testartikel',
    sectionSlug: 'teil',
    standfirst: (n: number) => `Erfundener Testartikel Nummer ${n}, nur für Messungen gebaut.`,
    alt: (n: number) => `Platzhalterbild ${n}`,
    caption: (n: number) => `Abbildung ${n}: ein Platzhalter, der ein Pressefoto vertritt`,
    overview: 'Überblick',
    endNote: 'Dieser Text ist erfunden und dient nur dem Leistungstest.',
  },
  en: {
    slug: 'test-article',
    sectionSlug: 'part',
    standfirst: (n: number) => `Invented test article number ${n}, built for measurements only.`,
    alt: (n: number) => `Placeholder image ${n}`,
    caption: (n: number) => `Figure ${n}: a placeholder standing in for a press photo`,
    overview: 'Overview',
    endNote: 'This text is invented and serves the performance test only.',
  },
} as const;

/** How many articles each edition has when a build holds `count` (the real one included). */
export function editionCounts(count: number): { de: number; en: number } {
  const germanOnly = Array.from({ length: count - 1 }, (_, i) => i + 1).filter(isGermanOnly);
  return { de: count, en: count - germanOnly.length };
}

/** The day article `n` is dated: one a day back from a fixed date, so builds are reproducible. */
export function publishedOn(n: number): string {
  return new Date(Date.UTC(2026, 10, 30) - (n - 1) * 86_400_000).toISOString().slice(0, 10);
}

export const syntheticId = (n: number) => `bench-${String(n).padStart(3, '0')}`;

/** Synthetic article `n` (from 1) in `lang`: the same ids in both editions, as real ones have. */
export function syntheticArticle(n: number, lang: Lang) {
  const w = words[lang];
  const seed = (k: number) => seededRandom(n * 1000 + k * 2 + (lang === 'de' ? 0 : 1));
  const figures = {
    lead: { image: fixtureImages[0], alt: w.alt(1), caption: w.caption(1), credit: 'Stand-in' },
    second: { image: fixtureImages[1], alt: w.alt(2), caption: w.caption(2), credit: 'Stand-in' },
  };
  const sections = [0, 1, 2].map((s) => ({
    id: `part-${s + 1}`,
    slug: `${w.sectionSlug}-${s + 1}`,
    title: s === 0 ? w.overview : title(lang, seed(100 + s)),
    ...(s === 0 ? { untitled: true } : {}),
    blocks: [
      ...(s === 1 ? [{ type: 'figure', id: 'second' }] : []),
      ...[0, 1, 2].map((p) => ({
        type: 'paragraph',
        id: `p${s * 3 + p + 1}`,
        text: paragraph(lang, seed(s * 3 + p)),
      })),
    ],
  }));
  return {
    slug: `${w.slug}-${n}`,
    headline: { text: `${title(lang, seed(99))} ${n}`, editorial: true },
    standfirst: { text: w.standfirst(n), editorial: true },
    published: publishedOn(n),
    leadFigure: 'lead',
    figures,
    sections,
    endNote: { text: w.endNote, editorial: true },
  };
}

/**
 * Fills `dir` (an empty content folder) with the real article and `count - 1` synthetic ones, so
 * a build of `count` articles measures the site as it grows from today's one.
 */
export function writeManyArticles(dir: string, count: number): void {
  cpSync(path.join(realContent, realArticle), path.join(dir, realArticle), { recursive: true });
  for (let n = 1; n < count; n++) {
    const folder = path.join(dir, syntheticId(n));
    mkdirSync(path.join(folder, 'images'), { recursive: true });
    for (const image of fixtureImages) {
      cpSync(
        path.join(realContent, realArticle, 'images', `${image}.svg`),
        path.join(folder, 'images', `${image}.svg`),
      );
    }
    for (const lang of isGermanOnly(n) ? (['de'] as const) : (['de', 'en'] as const)) {
      const json = `${JSON.stringify(syntheticArticle(n, lang), null, 2)}\n`;
      writeFileSync(path.join(folder, `${lang}.json`), json);
    }
  }
}
