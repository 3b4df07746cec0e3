import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArticleRoutes } from '../../routing/manifest';
import type { Lang } from '../../i18n/languages';
import type * as Registry from '../i18n/registry';
import { ArticlePage } from './ArticlePage';

// The real article, published in German only: the manifest has no English edition of it (as the
// content plugin makes it from a folder without en.json).
vi.mock('virtual:article-routes', async (importOriginal) => {
  const { default: real } = await importOriginal<{ default: ArticleRoutes[] }>();
  return { default: real.map(({ id, editions }) => ({ id, editions: { de: editions.de } })) };
});

const loads: Lang[] = [];
vi.mock('../i18n/registry', async (importOriginal) => {
  const original = await importOriginal<typeof Registry>();
  return {
    ...original,
    loadI18n: (lang: Lang, articleId?: string) => {
      loads.push(lang);
      return original.loadI18n(lang, articleId);
    },
  };
});

async function renderGermanOnly() {
  const { loadI18n } = await import('../i18n/registry');
  const i18n = await loadI18n('de', 'us-china-cyber');
  loads.length = 0;
  render(
    <MemoryRouter initialEntries={['/de/usa-china-cyberabkommen']}>
      <I18nextProvider i18n={i18n}>
        <Routes>
          <Route path="/en" element={<main>English front</main>} />
          <Route path="/de/*" element={<ArticlePage lang="de" articleId="us-china-cyber" />} />
        </Routes>
      </I18nextProvider>
    </MemoryRouter>,
  );
}

beforeEach(() => localStorage.clear());

describe('an article published in German only', () => {
  it('has a toggle that says so and is a real link to the English home', async () => {
    await renderGermanOnly();
    const toggle = screen.getByRole('link', {
      name: 'Diesen Artikel gibt es nur auf Deutsch – zur englischen Startseite',
    });
    expect(toggle).toHaveTextContent(/^Nur auf Deutsch$/);
    expect(toggle).toHaveAttribute('href', '/en');
    expect(screen.queryByRole('link', { name: 'English' })).toBeNull();
  });

  it('offers no "both languages" switch', async () => {
    await renderGermanOnly();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('USA und China');
    expect(screen.queryByRole('switch')).toBeNull();
    expect(screen.queryByRole('link', { name: /Beide Sprachen|Both languages/ })).toBeNull();
  });

  it('never fetches an English edition, not when idle nor on intent', async () => {
    const user = userEvent.setup();
    await renderGermanOnly();
    const toggle = screen.getByRole('link', { name: /nur auf Deutsch/ });
    await act(() => user.hover(toggle));
    // The idle prefetch of the other edition runs 200 ms after load where jsdom has no idle callback.
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(loads).not.toContain('en');
  });

  it('goes to the English front and remembers English, so `/` does not send the reader back', async () => {
    const user = userEvent.setup();
    await renderGermanOnly();
    await act(() => user.click(screen.getByRole('link', { name: /nur auf Deutsch/ })));
    expect(await screen.findByRole('main')).toHaveTextContent('English front');
    expect(localStorage.getItem('reader.lang')).toBe('en');
  });
});
