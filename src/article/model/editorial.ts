import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/languages';
import type { Article } from './schema';

// What the editors added to the source, read from the content's flags, and the two texts that say
// so: the marker under the headline and the sentence of the editor's note that lists the
// additions. Both are derived here, so neither can drift from the flags or from each other.

/** The editor's note's element id: the marker links to it. The same in both editions. */
export const editorsNoteId = 'editors-note';
/** The marker's element id, for read-aloud to follow it. */
export const editorialMarkerId = 'editorial-marker';

/** One part of the page the editors wrote; a section title is the title of an untitled section. */
export type EditorialPart =
  | { kind: 'headline' }
  | { kind: 'standfirst' }
  | { kind: 'sectionTitle'; sectionId: string; title: string };

/** The editorial parts in reading order: headline, standfirst, then section titles. */
export function editorialParts(article: Article): EditorialPart[] {
  const parts: EditorialPart[] = [];
  if (article.headline.editorial) parts.push({ kind: 'headline' });
  if (article.standfirst?.editorial) parts.push({ kind: 'standfirst' });
  for (const section of article.sections) {
    // The source gave this section no heading: the title it has is the editors'.
    if (section.untitled) {
      parts.push({ kind: 'sectionTitle', sectionId: section.id, title: section.title });
    }
  }
  return parts;
}

/**
 * The locale lists are joined in. English is British here (src/content/STYLE.md), and British
 * news style has no serial comma: CLDR's en-GB gives "a, b and c" where en gives "a, b, and c".
 */
const listLocale: Record<Lang, string> = { de: 'de', en: 'en-GB' };

function joinList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(listLocale[lang], { type: 'conjunction' }).format(items);
}

function upperFirst(text: string, lang: Lang): string {
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

type UiT = TFunction<'ui'>;

/**
 * The line under the headline: which of the header's parts (headline, standfirst) the editors
 * wrote, e.g. "Headline and standfirst added by the editors". Only those parts: the marker stands
 * next to them, and the note it links to lists every addition. None editorial: no marker.
 */
export function editorialMarker(article: Article, t: UiT, lang: Lang): string | undefined {
  const names = editorialParts(article).flatMap((part) =>
    part.kind === 'sectionTitle' ? [] : [t(`editorial.marker.${part.kind}`)],
  );
  if (names.length === 0) return undefined;
  return t('editorial.marker.text', { parts: upperFirst(joinList(names, lang), lang) });
}

/**
 * The note's sentence that lists every editorial addition, e.g. "The headline, the standfirst and
 * the section title “Overview” are editorial additions." Undefined when there are none.
 */
export function editorialAdditions(article: Article, t: UiT, lang: Lang): string | undefined {
  const parts = editorialParts(article);
  const titles = parts.flatMap((part) =>
    part.kind === 'sectionTitle' ? [t('editorial.quoted', { text: part.title })] : [],
  );
  const names = parts.flatMap((part) =>
    part.kind === 'sectionTitle' ? [] : [t(`editorial.note.${part.kind}`)],
  );
  if (titles.length > 0) {
    names.push(
      t('editorial.note.sectionTitles', { count: titles.length, titles: joinList(titles, lang) }),
    );
  }
  if (names.length === 0) return undefined;
  // The verb agrees with the number of things named: two section titles are plural on their own.
  const count = parts.length;
  return t('editorial.note.text', { count, parts: upperFirst(joinList(names, lang), lang) });
}

/**
 * The editor's note: the article's own words (what is missing where the source breaks off), then
 * the generated list of additions. Empty when the article has neither.
 */
export function editorsNote(article: Article, t: UiT, lang: Lang): string[] {
  const additions = editorialAdditions(article, t, lang);
  return [
    ...(article.endNote ? [article.endNote.text] : []),
    ...(additions === undefined ? [] : [additions]),
  ];
}
