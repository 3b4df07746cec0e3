import type { TFunction } from 'i18next';
import { editorialMarker, editorsNote } from '../article/model/editorial';
import type { Article, ArticleFigure } from '../article/model/schema';
import type { Lang } from '../i18n/languages';
import { escapeHtml } from '../shared/escape-html';

// One feed entry's content: the whole edition as plain HTML for a feed reader (no scripts, no
// classes, no interactive page components), rendered from the article model so it says exactly
// what the page says. Feed readers resolve no relative URL reliably, so every URL is absolute.

/** What an entry needs of an image: its largest JPEG rendition, as the responsive pipeline built it. */
export interface FeedImage {
  /** Root-relative URL of the largest JPEG (JPEG: the one format every feed reader shows). */
  src: string;
  width: number;
  height: number;
}

export interface FeedEntryInput {
  article: Article;
  lang: Lang;
  t: TFunction<'ui'>;
  /** Absolute origin, no trailing slash. */
  origin: string;
  /** The built image of one of the article's figures by its image id, if it was built. */
  image: (imageId: string) => FeedImage | undefined;
}

function figureHtml(figure: ArticleFigure, { image, origin }: FeedEntryInput): string {
  const built = image(figure.image);
  const img = built
    ? `<img src="${escapeHtml(origin + built.src)}" alt="${escapeHtml(figure.alt)}" width="${built.width}" height="${built.height}">`
    : '';
  const credit =
    figure.credit === undefined
      ? ''
      : ` <small${figure.creditLang ? ` lang="${figure.creditLang}"` : ''}>${escapeHtml(figure.credit)}</small>`;
  return `<figure>${img}<figcaption>${escapeHtml(figure.caption)}${credit}</figcaption></figure>`;
}

/** The edition's body as HTML: marker, standfirst, lead photo, sections, editor's note. */
export function feedEntryHtml(input: FeedEntryInput): string {
  const { article, t, lang } = input;
  const parts: string[] = [];
  const marker = editorialMarker(article, t, lang);
  // The page marks what the editors wrote under the headline; the entry does so at its top.
  if (marker !== undefined) parts.push(`<p><em>${escapeHtml(marker)}</em></p>`);
  if (article.standfirst)
    parts.push(`<p><strong>${escapeHtml(article.standfirst.text)}</strong></p>`);
  const lead = article.leadFigure === undefined ? undefined : article.figures[article.leadFigure];
  if (lead) parts.push(figureHtml(lead, input));
  for (const section of article.sections) {
    parts.push(`<h2>${escapeHtml(section.title)}</h2>`);
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        parts.push(`<p>${escapeHtml(block.text)}</p>`);
      } else if (block.id !== article.leadFigure) {
        const figure = article.figures[block.id];
        if (figure) parts.push(figureHtml(figure, input));
      }
    }
  }
  const note = editorsNote(article, t, lang);
  if (note.length > 0) {
    parts.push(
      `<aside><h2>${escapeHtml(t('article.editorialNote'))}</h2><p>${escapeHtml(note.join(' '))}</p></aside>`,
    );
  }
  return parts.join('\n');
}
