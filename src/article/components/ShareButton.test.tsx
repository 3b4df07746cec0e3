import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import { ShareButton } from './ShareButton';

const props = {
  path: '/de/usa-china-cyberabkommen/angriffe-gegen-atomkraftwerke',
  title: 'Angriffe gegen Atomkraftwerke – USA und China',
  label: 'Abschnitt „Angriffe gegen Atomkraftwerke“ teilen',
  linkLabel: 'Link zum Abschnitt „Angriffe gegen Atomkraftwerke“',
};
const url = `${window.location.origin}${props.path}`;

// user-event installs its own clipboard on setup(), so the stubs go in after it.
function setup(share: unknown, clipboard: unknown) {
  const user = userEvent.setup();
  Object.defineProperty(navigator, 'share', { value: share, configurable: true });
  Object.defineProperty(navigator, 'clipboard', { value: clipboard, configurable: true });
  return user;
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'share');
  Reflect.deleteProperty(navigator, 'clipboard');
});

describe('ShareButton', () => {
  it('opens the system share sheet with the section’s absolute URL where there is one', async () => {
    const share = vi.fn().mockResolvedValue(undefined);
    const writeText = vi.fn();
    const user = setup(share, { writeText });
    await renderWithI18n(<ShareButton {...props} />, 'de');
    await user.click(screen.getByRole('button', { name: props.label }));
    expect(share).toHaveBeenCalledWith({ title: props.title, url });
    expect(writeText).not.toHaveBeenCalled();
  });

  it('treats a cancelled share sheet as an answer: no copy, no error', async () => {
    const share = vi.fn().mockRejectedValue(new DOMException('cancelled', 'AbortError'));
    const writeText = vi.fn();
    const user = setup(share, { writeText });
    await renderWithI18n(<ShareButton {...props} />, 'de');
    await user.click(screen.getByRole('button', { name: props.label }));
    expect(writeText).not.toHaveBeenCalled();
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('copies the link where there is no share sheet, and says so to screen readers', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    const user = setup(undefined, { writeText });
    await renderWithI18n(<ShareButton {...props} />, 'en');
    await user.click(screen.getByRole('button', { name: props.label }));
    expect(writeText).toHaveBeenCalledWith(url);
    expect(await screen.findByRole('status')).toHaveTextContent('Link copied.');
  });

  it('shows the link, selectable, when sharing and copying are both refused', async () => {
    const share = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const writeText = vi.fn().mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    const user = setup(share, { writeText });
    await renderWithI18n(<ShareButton {...props} />, 'de');
    await user.click(screen.getByRole('button', { name: props.label }));
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Der Link ließ sich nicht teilen oder kopieren.',
    );
    expect(screen.getByRole('textbox', { name: props.linkLabel })).toHaveValue(url);
  });

  it('shows the link when the browser has neither API', async () => {
    const user = setup(undefined, undefined);
    await renderWithI18n(<ShareButton {...props} />, 'en');
    await user.click(screen.getByRole('button', { name: props.label }));
    expect(await screen.findByRole('textbox', { name: props.linkLabel })).toHaveValue(url);
  });
});
