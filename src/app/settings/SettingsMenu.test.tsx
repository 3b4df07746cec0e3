import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import { SettingsMenu } from './SettingsMenu';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.documentElement.removeAttribute('data-text-size');
  vi.restoreAllMocks();
});

async function open(lang: 'de' | 'en', name: RegExp) {
  const user = userEvent.setup();
  await renderWithI18n(<SettingsMenu />, lang);
  const toggle = screen.getByRole('button', { name });
  await user.click(toggle);
  return { user, toggle };
}

describe('SettingsMenu', () => {
  it('loads its panel on opening and applies and remembers a theme', async () => {
    const { user, toggle } = await open('de', /Darstellung/);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const dark = await screen.findByRole('radio', { name: 'Dunkel' });
    expect(screen.getByRole('radio', { name: 'Systemeinstellung' })).toBeChecked();
    await user.click(dark);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('reader.theme')).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Systemeinstellung' }));
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it('applies and remembers a text size, in English too', async () => {
    const { user } = await open('en', /Display/);
    await user.click(await screen.findByRole('radio', { name: 'Largest' }));
    expect(document.documentElement.dataset.textSize).toBe('xxl');
    expect(localStorage.getItem('reader.textSize')).toBe('xxl');
    expect(screen.getByRole('group', { name: 'Text size' })).toBeInTheDocument();
  });

  it('still applies a choice when storage throws', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('denied', 'QuotaExceededError');
    });
    const { user } = await open('de', /Darstellung/);
    await user.click(await screen.findByRole('radio', { name: 'Sepia' }));
    expect(document.documentElement.dataset.theme).toBe('sepia');
  });

  it('closes on Escape and returns focus to its button', async () => {
    const { user, toggle } = await open('de', /Darstellung/);
    await user.click(await screen.findByRole('radio', { name: 'Hell' }));
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });
});
