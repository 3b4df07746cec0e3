import { paragraph, seededRandom, title } from './filler.ts';

// A synthetic long article, for the benchmark only (never shipped): 40 sections, 400 paragraphs,
// 20 figures, in both languages with the same ids, as the real editions are. It must pass the
// content schema, since the build validates every article.

export const longArticleId = 'bench-long';
export const longSlugs = { de: 'langer-testartikel', en: 'long-test-article' } as const;
export const sectionCount = 40;
export const paragraphCount = 400;
export const figureCount = 20;
/** The fixture borrows the real article's two stand-in images. */
export const fixtureImages = ['lead', 'cyber'] as const;

type Lang = keyof typeof longSlugs;

const text = {
  de: {
    headline: 'Langer Testartikel: Wie sich die Leistung mit der Länge des Textes verhält',
    standfirst: 'Ein erfundener Artikel mit vierzig Abschnitten, nur für Messungen gebaut.',
    sectionSlug: 'abschnitt',
    alt: (n: number) => `Platzhalterbild ${n} des langen Testartikels`,
    caption: (n: number) => `Abbildung ${n}: ein Platzhalter, der ein Pressefoto vertritt`,
    endNote: 'Dieser Text ist erfunden und dient nur dem Leistungstest.',
  },
  en: {
    headline: 'Long test article: how performance behaves as the text grows',
    standfirst: 'An invented article with forty sections, built for measurements only.',
    sectionSlug: 'section',
    alt: (n: number) => `Placeholder image ${n} of the long test article`,
    caption: (n: number) => `Figure ${n}: a placeholder standing in for a press photo`,
    endNote: 'This text is invented and serves the performance test only.',
  },
};

export function longArticle(lang: Lang) {
  const words = text[lang];
  const figureIds = Array.from({ length: figureCount }, (_, i) => `figure-${i + 1}`);
  const figures = Object.fromEntries(
    figureIds.map((id, i) => [
      id,
      {
        image: fixtureImages[i % fixtureImages.length],
        alt: words.alt(i + 1),
        caption: words.caption(i + 1),
        credit: 'Stand-in artwork',
        ...(lang === 'de' ? { creditLang: 'en' } : {}),
      },
    ]),
  );
  const perSection = paragraphCount / sectionCount;
  // figure-1 leads the article; the others open every second section after the first.
  const inSections = figureIds.slice(1);
  const sections = Array.from({ length: sectionCount }, (_, s) => {
    const figure = s > 0 && s % 2 === 1 ? inSections[(s - 1) / 2] : undefined;
    const paragraphs = Array.from({ length: perSection }, (_, p) => {
      const n = s * perSection + p + 1;
      // One seed per paragraph and language: stable output, similar lengths in both editions.
      return {
        type: 'paragraph',
        id: `p${n}`,
        text: paragraph(lang, seededRandom(n * 2 + (lang === 'de' ? 0 : 1))),
      };
    });
    return {
      id: `part-${s + 1}`,
      slug: `${words.sectionSlug}-${s + 1}`,
      title:
        s === 0 ? (lang === 'de' ? 'Überblick' : 'Overview') : title(lang, seededRandom(9000 + s)),
      ...(s === 0 ? { untitled: true } : {}),
      blocks: [...(figure ? [{ type: 'figure', id: figure }] : []), ...paragraphs],
    };
  });
  return {
    slug: longSlugs[lang],
    headline: { text: words.headline, editorial: true },
    standfirst: { text: words.standfirst, editorial: true },
    leadFigure: figureIds[0],
    figures,
    sections,
    endNote: { text: words.endNote, editorial: true },
  };
}
