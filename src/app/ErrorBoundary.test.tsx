import { render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadI18n } from './i18n/registry';
import { ErrorBoundary } from './ErrorBoundary';

function Broken(): never {
  throw new Error('render failed');
}

beforeAll(async () => {
  await Promise.all([loadI18n('de'), loadI18n('en')]);
});

afterEach(() => vi.restoreAllMocks());

describe('ErrorBoundary', () => {
  it.each([
    ['de', 'Beim Anzeigen dieser Seite ist ein Fehler aufgetreten.', 'Seite neu laden'],
    ['en', 'Something went wrong while showing this page.', 'Reload the page'],
  ])(
    'shows a translated message and a reload link instead of a white page (%s)',
    (lang, title, reload) => {
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      render(
        <ErrorBoundary lang={lang}>
          <Broken />
        </ErrorBoundary>,
      );
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(title);
      expect(screen.getByRole('link', { name: reload })).toHaveAttribute(
        'href',
        window.location.href,
      );
    },
  );

  it('uses a loaded language when the URL names none', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary lang="xx">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Beim Anzeigen dieser Seite ist ein Fehler aufgetreten.',
    );
  });

  it('renders its children when nothing fails', () => {
    render(
      <ErrorBoundary lang="de">
        <p>Artikel</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Artikel')).toBeInTheDocument();
  });
});
