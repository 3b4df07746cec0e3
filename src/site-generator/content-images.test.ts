// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Article } from '../article/model/schema';
import { missingImageIssues } from './content-images';

const article: Article = {
  slug: 'test',
  headline: { text: 'Headline' },
  figures: {
    lead: { image: 'lead', alt: 'Alt', caption: 'Caption' },
    chart: { image: 'chart', alt: 'Alt', caption: 'Caption' },
  },
  sections: [{ id: 'one', slug: 'one', title: 'One', blocks: [{ type: 'figure', id: 'chart' }] }],
};

describe('missingImageIssues', () => {
  it('finds nothing when every figure’s image has a file', () => {
    expect(missingImageIssues(article, new Set(['lead', 'chart', 'spare']), 'x/images')).toEqual(
      [],
    );
  });

  it('names the field and the folder for each figure whose image has no file', () => {
    expect(missingImageIssues(article, new Set(['lead']), 'src/content/test/images')).toEqual([
      {
        field: 'figures.chart.image',
        message:
          '"chart" has no file in src/content/test/images/ (looked for chart.svg, chart.jpg, chart.jpeg, chart.png, chart.webp)',
      },
    ]);
    expect(missingImageIssues(article, new Set(), 'i').map((issue) => issue.field)).toEqual([
      'figures.lead.image',
      'figures.chart.image',
    ]);
  });
});
