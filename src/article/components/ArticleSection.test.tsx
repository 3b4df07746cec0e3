import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import type { Article } from '../model/schema';
import { ArticleSection } from './ArticleSection';

const hostile = '<img src=x onerror="alert(1)"><script>alert(2)</script> & „Zitat“';

const article: Article = {
  slug: 'test',
  headline: { text: 'Schlagzeile' },
  figures: {
    photo: {
      image: 'lead',
      alt: `Alt ${hostile}`,
      caption: `Unterschrift ${hostile}`,
      credit: 'Credit <i>x</i>',
      creditLang: 'en',
    },
  },
  sections: [
    {
      id: 'one',
      slug: 'eins',
      title: `Titel ${hostile}`,
      blocks: [
        { type: 'figure', id: 'photo' },
        { type: 'paragraph', id: 'p1', text: `Absatz ${hostile}` },
      ],
    },
  ],
};

describe('content safety', () => {
  it('renders markup in a content file as text, never as markup', async () => {
    const section = article.sections[0];
    if (!section) throw new Error('no section');
    const { container } = await renderWithI18n(
      <ArticleSection
        articleId="us-china-cyber"
        article={article}
        section={section}
        path="/de/test/eins"
      />,
      'de',
    );
    expect(screen.getByText(`Absatz ${hostile}`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(`Titel ${hostile}`);
    expect(container.querySelector('script, i, img[src=x]')).toBeNull();
    expect(screen.getByRole('img')).toHaveAttribute('alt', `Alt ${hostile}`);
    expect(screen.getByText('Credit <i>x</i>')).toHaveAttribute('lang', 'en');
  });
});
