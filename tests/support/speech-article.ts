import type { Article } from '../../src/article/model/schema';

/** A small article with every case reading aloud meets: untitled, figure, broken-off paragraph. */
export const speechArticle: Article = {
  slug: 'probe',
  headline: { text: 'Schlagzeile', editorial: true },
  standfirst: { text: 'Vorspann' },
  figures: { photo: { image: 'photo', alt: 'Bild', caption: 'Unterschrift' } },
  sections: [
    {
      id: 'intro',
      slug: 'einleitung',
      title: 'Überblick',
      untitled: true,
      blocks: [
        { type: 'paragraph', id: 'p1', text: 'Erster Absatz.' },
        { type: 'paragraph', id: 'p2', text: 'Zweiter Absatz.' },
      ],
    },
    {
      id: 'plants',
      slug: 'kraftwerke',
      title: 'Kraftwerke',
      blocks: [
        { type: 'figure', id: 'photo' },
        { type: 'paragraph', id: 'p3', text: 'Dritter Absatz.' },
      ],
    },
    {
      id: 'visit',
      slug: 'besuch',
      title: 'Besuch',
      blocks: [
        { type: 'paragraph', id: 'p4', text: 'Vierter Absatz.' },
        { type: 'paragraph', id: 'p5', text: 'Bricht ab …', truncated: true },
      ],
    },
  ],
};
