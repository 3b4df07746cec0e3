import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Lang } from '../../i18n/languages';
import type * as Registry from '../i18n/registry';
import { App } from '../App';

// The English resources fail to load, as a lazy chunk does offline or after a deploy replaced it.
vi.mock('../i18n/registry', async (importOriginal) => {
  const original = await importOriginal<typeof Registry>();
  return {
    ...original,
    loadI18n: (lang: Lang, articleId?: string) =>
      lang === 'en'
        ? Promise.reject(new Error('Failed to fetch dynamically imported module'))
        : original.loadI18n(lang, articleId),
  };
});

beforeAll(async () => {
  const { loadI18n } = await import('../i18n/registry');
  await loadI18n('de', 'us-china-cyber');
});

describe('when the other edition cannot be loaded', () => {
  it('keeps the reader on the page and offers to load the other edition in full', async () => {
    const user = userEvent.setup();
    render(
      <MemoryRouter initialEntries={['/de/usa-china-cyberabkommen']}>
        <App />
      </MemoryRouter>,
    );
    const toggle = await screen.findByRole('link', { name: 'English' });
    await act(() => user.click(toggle));
    expect(
      await screen.findByText('Die englische Ausgabe konnte nicht geladen werden', {
        exact: false,
      }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Englische Ausgabe öffnen' })).toHaveAttribute(
      'href',
      '/en/us-china-cyber-treaty',
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('USA und China');
  });
});
