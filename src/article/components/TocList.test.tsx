import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import { SectionBar } from './SectionBar';
import { TableOfContents } from './TableOfContents';

const entries = [
  { id: 'overview', title: 'Überblick', minutes: 1 },
  { id: 'nuclear-plants', title: 'Angriffe gegen Atomkraftwerke', minutes: 2 },
];
const hrefFor = (id: string) => `/de/artikel/${id}`;

describe('TableOfContents', () => {
  it('lists each section as a link to its URL with a pluralised reading time', async () => {
    await renderWithI18n(
      <TableOfContents
        entries={entries}
        active="nuclear-plants"
        hrefFor={hrefFor}
        onSelect={vi.fn()}
      />,
      'de',
    );
    const nav = screen.getByRole('navigation', { name: 'Inhalt' });
    const links = within(nav).getAllByRole('link');
    expect(links.map((l) => l.getAttribute('href'))).toEqual([
      '/de/artikel/overview',
      '/de/artikel/nuclear-plants',
    ]);
    expect(links[0]).toHaveTextContent('Überblick1 Minute');
    expect(links[1]).toHaveTextContent('Angriffe gegen Atomkraftwerke2 Minuten');
    expect(links[1]).toHaveAttribute('aria-current', 'location');
    expect(links[0]).not.toHaveAttribute('aria-current');
  });

  it('pluralises in English too', async () => {
    await renderWithI18n(
      <TableOfContents entries={entries} hrefFor={hrefFor} onSelect={vi.fn()} />,
      'en',
    );
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((l) => l.textContent),
    ).toEqual(['Überblick1\u00a0minute', 'Angriffe gegen Atomkraftwerke2\u00a0minutes']);
  });

  it('handles a plain click itself and leaves a modified click (new tab) to the browser', async () => {
    const onSelect = vi.fn();
    await renderWithI18n(
      <TableOfContents entries={entries} hrefFor={hrefFor} onSelect={onSelect} />,
      'de',
    );
    const link = screen.getByRole('link', { name: /Angriffe/ });
    await userEvent.setup().click(link);
    expect(onSelect).toHaveBeenCalledWith('nuclear-plants');
    onSelect.mockClear();
    const event = fireEvent.click(link, { ctrlKey: true });
    expect(onSelect).not.toHaveBeenCalled();
    expect(event).toBe(true); // not prevented: the browser opens the link
  });
});

describe('SectionBar', () => {
  async function setup() {
    const onSelect = vi.fn();
    const user = userEvent.setup();
    await renderWithI18n(
      <>
        <SectionBar
          entries={entries}
          active="nuclear-plants"
          hrefFor={hrefFor}
          onSelect={onSelect}
        />
        <p>Artikeltext</p>
      </>,
      'de',
    );
    const toggle = screen.getByRole('button', { name: /Abschnitt: Angriffe gegen Atomkraftwerke/ });
    return { onSelect, user, toggle };
  }

  it('names the current section and discloses the contents', async () => {
    const { user, toggle } = await setup();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('link')).toHaveLength(2);
  });

  it('closes on Escape and returns focus to the control', async () => {
    const { user, toggle } = await setup();
    await user.click(toggle);
    await user.tab();
    expect(screen.getByRole('link', { name: /Überblick/ })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes on a click outside', async () => {
    const { user, toggle } = await setup();
    await user.click(toggle);
    await user.click(screen.getByText('Artikeltext'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes after a choice and reports it', async () => {
    const { user, toggle, onSelect } = await setup();
    await user.click(toggle);
    await user.click(screen.getByRole('link', { name: /Überblick/ }));
    expect(onSelect).toHaveBeenCalledWith('overview');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });
});
