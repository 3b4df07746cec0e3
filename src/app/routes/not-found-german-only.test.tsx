import { act, render, screen, within } from '@testing-library/react';
import { StrictMode } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { MemoryRouter, StaticRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ArticleRoutes } from '../../routing/manifest';
import { loadI18n } from '../i18n/registry';
import { App } from '../App';

// The real article, published in German only (as the content plugin makes it from a folder
// without en.json): `/en/<its slug>` is the English not-found page.
vi.mock('virtual:article-routes', async (importOriginal) => {
  const { default: real } = await importOriginal<{ default: ArticleRoutes[] }>();
  return { default: real.map(({ id, editions }) => ({ id, editions: { de: editions.de } })) };
});

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
});

describe('the English not-found page at the address of a German-only article', () => {
  it('hydrates the shared prerendered 404.en.html without a mismatch, then links the German', async () => {
    await loadI18n('en');
    await loadI18n('de');
    // As the prerenderer makes dist/404.en.html (src/document/site-pages), for every URL.
    const prerendered = renderToString(
      <StrictMode>
        <StaticRouter location="/en/404">
          <App servedNotFound />
        </StaticRouter>
      </StrictMode>,
    );
    expect(prerendered).not.toContain('German only');
    const container = document.createElement('div');
    container.innerHTML = prerendered;
    document.body.append(container);

    const recoverable = vi.fn();
    const consoleError = vi.spyOn(console, 'error');
    await act(async () => {
      root = hydrateRoot(
        container,
        <StrictMode>
          <MemoryRouter initialEntries={['/en/usa-china-cyberabkommen']}>
            <App servedNotFound />
          </MemoryRouter>
        </StrictMode>,
        { onRecoverableError: recoverable },
      );
      await Promise.resolve();
    });

    const main = await screen.findByRole('main');
    expect(within(main).getByRole('heading', { level: 1 })).toHaveTextContent('Page not found');
    expect(await within(main).findByText(/published in German only/)).toBeVisible();
    const link = within(main).getByRole('link', { name: 'Read it in German' });
    expect(link).toHaveAttribute('href', '/de/usa-china-cyberabkommen');
    expect(link).toHaveAttribute('lang', 'de');
    // A mismatch is reported here (React 19 recovers by rendering on the client, error #418).
    expect(recoverable).not.toHaveBeenCalled();
    expect(consoleError).not.toHaveBeenCalledWith(expect.stringMatching(/hydrat/i));
    // No English article exists, so the page offers none, only the German one.
    expect(within(main).queryByRole('link', { name: 'Go to the article in English' })).toBeNull();
    consoleError.mockRestore();
  });

  it('says nothing of German at an unknown English address', async () => {
    await loadI18n('en');
    render(
      <MemoryRouter initialEntries={['/en/no-such-article']}>
        <App />
      </MemoryRouter>,
    );
    const main = await screen.findByRole('main');
    expect(main).toHaveTextContent('There is no page at this address.');
    expect(within(main).queryByRole('link', { name: 'Read it in German' })).toBeNull();
  });
});
