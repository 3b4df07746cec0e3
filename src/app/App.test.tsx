import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, useLocation } from 'react-router';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadFrontPage } from './data/site-data';
import { loadI18n } from './i18n/registry';
import { App } from './App';

// In the browser, a language's resources are imported when first needed, and React keeps the
// current page on screen meanwhile; Testing Library's act() environment does not resume a render
// suspended on a dynamic import, so both languages (and the first page of each front, a chunk of
// its own) are loaded (for real) before the tests. registry.test.ts and the end-to-end suite cover
// the lazy loading itself.
beforeAll(async () => {
  await Promise.all([
    loadI18n('de', 'us-china-cyber'),
    loadI18n('en', 'us-china-cyber'),
    loadFrontPage('de', 1),
    loadFrontPage('en', 1),
  ]);
});

function CurrentPath() {
  const { pathname } = useLocation();
  return <div data-testid="path">{pathname}</div>;
}

function renderAt(path: string) {
  return render(
    <MemoryRouter initialEntries={[path]}>
      <App />
      <CurrentPath />
    </MemoryRouter>,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
  localStorage.clear();
});

describe('the article page', () => {
  it('renders the German edition with semantic structure', async () => {
    renderAt('/de/usa-china-cyberabkommen');
    const headline = await screen.findByRole('heading', { level: 1 });
    expect(headline).toHaveTextContent('USA und China verhandeln');
    const article = screen.getByRole('article');
    expect(
      within(article).getByRole('heading', { level: 2, name: 'Angriffe gegen Atomkraftwerke' }),
    ).toBeVisible();
    expect(
      within(article).getByRole('heading', { level: 2, name: 'Wenn Chinas Präsident kommt' }),
    ).toBeVisible();
    expect(screen.getByRole('main')).toContainElement(article);
    expect(screen.getByText(/kein Staat Cyberattacken …/)).toBeInTheDocument();
    // The only article: no other to link at its end.
    expect(screen.queryByRole('navigation', { name: 'Weitere Artikel' })).toBeNull();
  });

  it('captions each photo, with a hidden caption prefix and an English credit marked as such', async () => {
    renderAt('/de/usa-china-cyberabkommen');
    await screen.findByRole('heading', { level: 1 });
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(2);
    const lead = figures[0] as HTMLElement;
    const image = within(lead).getByRole('img', { name: /Wir wollen uns schützen/ });
    expect(image).toHaveAttribute('loading', 'eager');
    expect(image).toHaveAttribute('fetchpriority', 'high');
    expect(image).toHaveAttribute('width');
    expect(image).toHaveAttribute('height');
    expect(within(figures[1] as HTMLElement).getByRole('img')).toHaveAttribute('loading', 'lazy');
    const caption = lead.querySelector('figcaption');
    expect(caption).toHaveTextContent(/^Bildunterschrift: US-Präsident Barack Obama/);
    expect(within(lead).getByText('Official White House Photo by Amanda Lucidon')).toHaveAttribute(
      'lang',
      'en',
    );
  });

  it('offers the other language as a real link named in that language', async () => {
    renderAt('/de/usa-china-cyberabkommen/angriffe-gegen-atomkraftwerke');
    const toggle = await screen.findByRole('link', { name: 'English' });
    expect(toggle).toHaveAttribute(
      'href',
      '/en/us-china-cyber-treaty/attacks-on-nuclear-power-plants',
    );
    expect(toggle).toHaveAttribute('lang', 'en');
    expect(toggle).toHaveAttribute('hreflang', 'en');
  });

  it('switches every string, <html lang> and the title to English without a reload', async () => {
    const user = userEvent.setup();
    renderAt('/de/usa-china-cyberabkommen');
    const toggle = await screen.findByRole('link', { name: 'English' });
    // The switch is a router transition; act() flushes its effects before the assertions.
    await act(() => user.click(toggle));
    expect(
      await screen.findByRole('heading', { level: 1, name: /^US and China negotiate treaty/ }),
    ).toBeVisible();
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(document.title).toBe(
      'US and China negotiate treaty against cyberattacks on their infrastructure – News in two languages',
    );
    expect(screen.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('lang', 'de');
    expect(screen.getByRole('link', { name: 'Skip to article' })).toBeInTheDocument();
    expect(screen.getAllByRole('figure')[0]?.querySelector('figcaption')).toHaveTextContent(
      /^Image caption:/,
    );
    expect(screen.queryByText(/Bildunterschrift/)).not.toBeInTheDocument();
    expect(screen.getByTestId('path')).toHaveTextContent('/en/us-china-cyber-treaty');
  });

  it('remembers the language read last', async () => {
    renderAt('/en/us-china-cyber-treaty');
    await screen.findByRole('heading', { level: 1 });
    expect(localStorage.getItem('reader.lang')).toBe('en');
  });

  it('still reads when storage throws (private modes)', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    renderAt('/en/us-china-cyber-treaty');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('US and China');
  });

  it('resolves a slug of the other language and shows the canonical address', async () => {
    renderAt('/de/us-china-cyber-treaty/when-chinas-president-comes');
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('USA und China');
    await waitFor(() =>
      expect(screen.getByTestId('path')).toHaveTextContent(
        '/de/usa-china-cyberabkommen/wenn-chinas-praesident-kommt',
      ),
    );
  });

  it('opens at the top with a polite, translated notice for an unknown section', async () => {
    renderAt('/en/us-china-cyber-treaty/<img src=x onerror=alert(1)>');
    const notice = (await screen.findByText(/This article has no section/)).closest(
      '[role=status]',
    );
    if (!(notice instanceof HTMLElement)) throw new Error('the notice is not a status region');
    expect(notice).toHaveTextContent('This article has no section “<img src=x onerror=alert(1)>”.');
    expect(notice.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('US and China');
    await userEvent.setup().click(within(notice).getByRole('button', { name: 'Dismiss notice' }));
    expect(notice).toBeEmptyDOMElement();
  });
});

describe('the not-found page', () => {
  it.each([
    ['/xx/usa-china-cyberabkommen', 'Seite nicht gefunden'],
    ['/de/kein-artikel', 'Seite nicht gefunden'],
    ['/en/no-such-article', 'Page not found'],
    ['/de/usa-china-cyberabkommen/a/b', 'Seite nicht gefunden'],
    ['/de/%E0%A4%A', 'Seite nicht gefunden'],
  ])('answers %s in its language with links to both editions', async (path, title) => {
    renderAt(path);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(title);
    const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href'));
    expect(hrefs).toContain('/de/usa-china-cyberabkommen');
    expect(hrefs).toContain('/en/us-china-cyber-treaty');
  });

  it('offers a skip link to its content, as it holds no article', async () => {
    renderAt('/en/no-such-article');
    expect(await screen.findByRole('link', { name: 'Skip to content' })).toHaveAttribute(
      'href',
      '#main',
    );
  });
});

describe('the start page', () => {
  it('sends a first-time visitor with an English browser to the English front page', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-GB', 'de']);
    renderAt('/');
    await waitFor(() => expect(screen.getByTestId('path')).toHaveTextContent(/^\/en$/));
  });

  it('sends anyone whose browser asks for neither language to the German front page', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'it']);
    renderAt('/');
    await waitFor(() => expect(screen.getByTestId('path')).toHaveTextContent(/^\/de$/));
  });

  it('sends a returning reader to the language chosen last, over the browser’s', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    localStorage.setItem('reader.lang', 'de');
    renderAt('/');
    await waitFor(() => expect(screen.getByTestId('path')).toHaveTextContent(/^\/de$/));
  });

  it('falls back to the browser language when storage cannot be read', async () => {
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en']);
    renderAt('/');
    await waitFor(() => expect(screen.getByTestId('path')).toHaveTextContent(/^\/en$/));
  });
});

describe('the front pages', () => {
  it('shows every German article as a card whose headline links to it', async () => {
    renderAt('/de');
    expect(await screen.findByRole('heading', { level: 1, name: 'Startseite' })).toBeVisible();
    const list = screen.getByRole('list');
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(1);
    const card = within(items[0] as HTMLElement).getByRole('article', {
      name: /USA und China verhandeln/,
    });
    expect(within(card).getByRole('link', { name: /USA und China verhandeln/ })).toHaveAttribute(
      'href',
      '/de/usa-china-cyberabkommen',
    );
    expect(within(card).getByText(/^\d+ Minuten? Lesezeit$/)).toBeVisible();
    const image = within(card).getByRole('img');
    expect(image).toHaveAttribute('width');
    expect(image).toHaveAttribute('height');
    expect(image).toHaveAttribute('loading', 'eager');
    // No date in the content: none is shown.
    expect(card.querySelector('time')).toBeNull();
    // One page: no pagination.
    expect(screen.queryByRole('navigation', { name: 'Seiten der Startseite' })).toBeNull();
  });

  it('shows the English front in English, the toggle leading to the German front', async () => {
    renderAt('/en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Front page' })).toBeVisible();
    expect(screen.getByRole('link', { name: /US and China/ })).toHaveAttribute(
      'href',
      '/en/us-china-cyber-treaty',
    );
    expect(screen.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('href', '/de');
  });

  it("links the site name to the front of the page's language on every page", async () => {
    for (const [path, name, href] of [
      ['/de', 'Nachrichten zweisprachig', '/de'],
      ['/en/us-china-cyber-treaty', 'News in two languages', '/en'],
      ['/en/nope', 'News in two languages', '/en'],
      ['/de/nope', 'Nachrichten zweisprachig', '/de'],
    ] as const) {
      const { unmount } = renderAt(path);
      expect(await screen.findByRole('link', { name }), path).toHaveAttribute('href', href);
      unmount();
    }
  });

  it('is not found, in the page language, for page numbers the front does not have', async () => {
    for (const [path, title] of [
      ['/de/seite/1', 'Seite nicht gefunden'],
      ['/de/seite/2', 'Seite nicht gefunden'],
      ['/en/page/abc', 'Page not found'],
    ] as const) {
      const { unmount } = renderAt(path);
      expect(await screen.findByRole('heading', { level: 1 }), path).toHaveTextContent(title);
      unmount();
    }
  });
});

/** The contents beside the article (the phone's bar, also in the DOM, is hidden by CSS). */
async function findContents(name: string): Promise<HTMLElement> {
  const navs = await screen.findAllByRole('navigation', { name });
  const toc = navs.find((nav) => nav.classList.contains('toc'));
  if (!toc) throw new Error('no table of contents');
  return toc;
}

describe('section navigation', () => {
  it('choosing an entry pushes the section URL and moves focus to its heading', async () => {
    const user = userEvent.setup();
    renderAt('/de/usa-china-cyberabkommen');
    const contents = await findContents('Inhalt');
    const entry = within(contents).getByRole('link', { name: /Wenn Chinas Präsident kommt/ });
    expect(entry).toHaveAttribute(
      'href',
      '/de/usa-china-cyberabkommen/wenn-chinas-praesident-kommt',
    );
    await act(() => user.click(entry));
    expect(screen.getByTestId('path')).toHaveTextContent(
      '/de/usa-china-cyberabkommen/wenn-chinas-praesident-kommt',
    );
    expect(
      screen.getByRole('heading', { level: 2, name: 'Wenn Chinas Präsident kommt' }),
    ).toHaveFocus();
    expect(entry).toHaveAttribute('aria-current', 'location');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({
      behavior: 'smooth',
      block: 'start',
    });
  });

  it('jumps instantly under prefers-reduced-motion', async () => {
    vi.mocked(window.matchMedia).mockImplementation(
      (query: string) => ({ matches: query.includes('reduce') }) as MediaQueryList,
    );
    const user = userEvent.setup();
    renderAt('/en/us-china-cyber-treaty');
    const contents = await findContents('Contents');
    await act(() => user.click(within(contents).getByRole('link', { name: /Attacks on nuclear/ })));
    expect(Element.prototype.scrollIntoView).toHaveBeenCalledWith({
      behavior: 'instant',
      block: 'start',
    });
  });

  it('opening a section URL lands on it: heading focused, contents marking it', async () => {
    renderAt('/en/us-china-cyber-treaty/attacks-on-nuclear-power-plants');
    const heading = await screen.findByRole('heading', {
      level: 2,
      name: 'Attacks on nuclear power plants',
    });
    expect(heading).toHaveFocus();
    const contents = await findContents('Contents');
    expect(within(contents).getByRole('link', { name: /Attacks on nuclear/ })).toHaveAttribute(
      'aria-current',
      'location',
    );
  });

  it('the language toggle names the same section in the other language', async () => {
    const user = userEvent.setup();
    renderAt('/de/usa-china-cyberabkommen/angriffe-gegen-atomkraftwerke');
    await act(async () => user.click(await screen.findByRole('link', { name: 'English' })));
    expect(screen.getByTestId('path')).toHaveTextContent(
      '/en/us-china-cyber-treaty/attacks-on-nuclear-power-plants',
    );
    expect(screen.getByRole('link', { name: 'Deutsch' })).toHaveAttribute(
      'href',
      '/de/usa-china-cyberabkommen/angriffe-gegen-atomkraftwerke',
    );
  });

  it('every titled section has a share control named for its section', async () => {
    renderAt('/en/us-china-cyber-treaty');
    expect(
      await screen.findByRole('button', {
        name: 'Share section “Attacks on nuclear power plants”',
      }),
    ).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Share section “When China’s president visits”' }),
    ).toBeVisible();
  });
});
