import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import { MoreArticles } from './MoreArticles';

describe('MoreArticles', () => {
  it('ends an article with links to other articles of its edition', async () => {
    await renderWithI18n(
      <MemoryRouter>
        <MoreArticles
          links={[
            { id: 'a', headline: 'Erster Artikel', path: '/de/erster' },
            { id: 'b', headline: 'Zweiter Artikel', path: '/de/zweiter' },
          ]}
        />
      </MemoryRouter>,
      'de',
    );
    const nav = screen.getByRole('navigation', { name: 'Weitere Artikel' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual(['/de/erster', '/de/zweiter']);
  });

  it('renders nothing when the edition has no other article', async () => {
    const { container } = await renderWithI18n(
      <MemoryRouter>
        <MoreArticles links={[]} />
      </MemoryRouter>,
      'en',
    );
    expect(container).toBeEmptyDOMElement();
  });
});
