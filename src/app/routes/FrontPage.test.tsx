import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import images from 'virtual:responsive-images';
import { describe, expect, it } from 'vitest';
import { frontCardsPerPage } from '../../routing/front-pages';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import { FrontPage } from './FrontPage';

// A fixture front of many articles (the real content has one): how cards, dates, lazy images
// and the page links come out, with the real i18next instance of each language.
const cards = Array.from({ length: frontCardsPerPage }, (_, i) => ({
  card: {
    id: `a${i}`,
    headline: `Headline ${i}`,
    standfirst: `Standfirst ${i}`,
    minutes: i + 1,
    ...(i < 2 && { published: `2026-03-0${i + 1}` }),
    image: { key: 'us-china-cyber/lead', alt: `Photo ${i}` },
  },
  path: `/de/a${i}`,
  image: images['us-china-cyber/lead'],
}));

function renderFront(lang: 'de' | 'en', page: number, pageCount: number) {
  return renderWithI18n(
    <MemoryRouter>
      <FrontPage lang={lang} page={page} pageCount={pageCount} cards={cards} />
    </MemoryRouter>,
    lang,
  );
}

describe('FrontPage', () => {
  it('lists every card as an article named by its headline link, first row loaded at once', async () => {
    await renderFront('de', 1, 1);
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(frontCardsPerPage);
    const third = screen.getByRole('article', { name: 'Headline 2' });
    expect(within(third).getByRole('link', { name: 'Headline 2' })).toHaveAttribute(
      'href',
      '/de/a2',
    );
    expect(within(third).getByText('3 Minuten Lesezeit')).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Photo 0' })).toHaveAttribute('loading', 'eager');
    expect(screen.getByRole('img', { name: 'Photo 2' })).toHaveAttribute('loading', 'eager');
    expect(screen.getByRole('img', { name: 'Photo 3' })).toHaveAttribute('loading', 'lazy');
    expect(screen.queryByRole('navigation', { name: 'Seiten der Startseite' })).toBeNull();
  });

  it('names its skip link for the cards it skips to, not an article', async () => {
    const { unmount } = await renderFront('de', 1, 1);
    expect(screen.getByRole('link', { name: 'Zu den Artikeln springen' })).toHaveAttribute(
      'href',
      '#main',
    );
    unmount();
    await renderFront('en', 1, 1);
    expect(screen.getByRole('link', { name: 'Skip to the articles' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Skip to article' })).toBeNull();
  });

  it('writes a date in the page language, and none where the content has none', async () => {
    const { unmount } = await renderFront('de', 1, 1);
    const first = screen.getByRole('article', { name: 'Headline 0' });
    expect(within(first).getByText('1. März 2026')).toHaveAttribute('datetime', '2026-03-01');
    expect(screen.getByRole('article', { name: 'Headline 5' }).querySelector('time')).toBeNull();
    unmount();
    await renderFront('en', 1, 1);
    expect(screen.getByText('2 March 2026')).toHaveAttribute('datetime', '2026-03-02');
    expect(screen.getByText('1-minute read')).toBeInTheDocument();
  });

  it('links the pages before and after in a labelled navigation', async () => {
    await renderFront('en', 2, 3);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Front page – page 2');
    const nav = screen.getByRole('navigation', { name: 'Front page pages' });
    expect(within(nav).getByRole('link', { name: 'Previous page' })).toHaveAttribute('href', '/en');
    expect(within(nav).getByRole('link', { name: 'Next page' })).toHaveAttribute(
      'href',
      '/en/page/3',
    );
    expect(nav).toHaveTextContent('Page 2 of 3');
    // No card's image is the page's first view past page 1.
    expect(screen.getByRole('img', { name: 'Photo 0' })).toHaveAttribute('loading', 'lazy');
  });

  it('has no next link on the last page', async () => {
    await renderFront('de', 3, 3);
    const nav = screen.getByRole('navigation', { name: 'Seiten der Startseite' });
    expect(within(nav).getByRole('link', { name: 'Vorherige Seite' })).toHaveAttribute(
      'href',
      '/de/seite/2',
    );
    expect(within(nav).queryByRole('link', { name: 'Nächste Seite' })).toBeNull();
  });
});
