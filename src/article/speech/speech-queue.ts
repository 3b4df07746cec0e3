import type { Article, ArticleSection } from '../model/schema';

/**
 * What an utterance reads: the headline, the standfirst, the editorial marker under them, a section
 * title, a paragraph, or the editor's note at the end.
 */
export type SpeechItemKind = 'headline' | 'standfirst' | 'marker' | 'title' | 'paragraph' | 'note';

export interface SpeechItem {
  kind: SpeechItemKind;
  /** The section it belongs to; none for the article's header. */
  sectionId?: string;
  /** The paragraph's block id; for the other kinds, the kind's own name or the heading's id. */
  blockId: string;
  text: string;
}

export interface SpeechItemsOptions {
  /** Read only this section; without it, the whole article. */
  sectionId?: string;
  /**
   * Said after a paragraph the source breaks off, as screen readers are told: otherwise a listener
   * hears a sentence stop mid-way with no explanation.
   */
  truncatedNote?: string;
  /**
   * The marker under the headline (model/editorial), read after the standfirst as it is shown: a
   * listener learns, as a reader does, that what they just heard was written by the editors.
   */
  marker?: string;
  /** The editor's note, its heading included, read after the last paragraph as it is shown. */
  note?: string;
}

function sectionItems(section: ArticleSection, truncatedNote: string | undefined): SpeechItem[] {
  // An untitled section's title is an editorial navigation title, not part of the text.
  const title: SpeechItem[] = section.untitled
    ? []
    : [
        {
          kind: 'title',
          sectionId: section.id,
          blockId: `${section.id}-title`,
          text: section.title,
        },
      ];
  // Figures are skipped: a caption read between two paragraphs breaks the thread of the text.
  const paragraphs = section.blocks.flatMap((block): SpeechItem[] =>
    block.type === 'paragraph'
      ? [
          {
            kind: 'paragraph',
            sectionId: section.id,
            blockId: block.id,
            text: block.truncated && truncatedNote ? `${block.text} ${truncatedNote}` : block.text,
          },
        ]
      : [],
  );
  return [...title, ...paragraphs];
}

/**
 * The utterances to read, in reading order. One per paragraph, not one for the whole text: the
 * current paragraph can be marked and followed, and short utterances avoid engines that stop a long
 * one part-way (see speech-player.ts). An unknown section id gives nothing to read.
 */
export function speechItems(article: Article, options: SpeechItemsOptions = {}): SpeechItem[] {
  const { sectionId, truncatedNote, marker, note } = options;
  if (sectionId !== undefined) {
    const section = article.sections.find((s) => s.id === sectionId);
    return section ? sectionItems(section, truncatedNote) : [];
  }
  const header: SpeechItem[] = [
    { kind: 'headline', blockId: 'headline', text: article.headline.text },
  ];
  if (article.standfirst) {
    header.push({ kind: 'standfirst', blockId: 'standfirst', text: article.standfirst.text });
  }
  if (marker !== undefined) header.push({ kind: 'marker', blockId: 'marker', text: marker });
  const footer: SpeechItem[] =
    note === undefined ? [] : [{ kind: 'note', blockId: 'note', text: note }];
  return [...header, ...article.sections.flatMap((s) => sectionItems(s, truncatedNote)), ...footer];
}
