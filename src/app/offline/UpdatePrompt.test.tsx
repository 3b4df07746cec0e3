import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderWithI18n } from '../../../tests/support/with-i18n';
import type { Lang } from '../../i18n/languages';
import { listenForUpdates, type UpdateSource } from './register-service-worker';
import { UpdatePrompt } from './UpdatePrompt';
import { announceUpdate } from './update-store';

/** Stands in for workbox-window's `Workbox`: the test fires its events. */
class StubWorkbox implements UpdateSource {
  readonly events = new EventTarget();
  readonly messageSkipWaiting = vi.fn();
  addEventListener(type: 'waiting' | 'controlling', listener: () => void): void {
    this.events.addEventListener(type, listener);
  }
  fire(type: 'waiting' | 'controlling'): void {
    act(() => void this.events.dispatchEvent(new Event(type)));
  }
}

async function setUp(lang: Lang) {
  const workbox = new StubWorkbox();
  const reload = vi.fn();
  listenForUpdates(workbox, announceUpdate, reload);
  await renderWithI18n(<UpdatePrompt lang={lang} />, lang);
  return { workbox, reload };
}

// The store outlives a test; clear it (a state update of the still-mounted prompt).
afterEach(() => act(() => announceUpdate(undefined)));

describe('UpdatePrompt', () => {
  it('is an empty live region until a new version waits', async () => {
    await setUp('de');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announces a waiting version politely, in the page language', async () => {
    const { workbox, reload } = await setUp('de');
    workbox.fire('waiting');
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Eine neue Version ist verfügbar.');
    expect(screen.getByRole('button', { name: 'Neu laden' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Später' })).toBeVisible();
    expect(status.firstElementChild).toHaveAttribute('lang', 'de');
    // Nothing happens by itself: the old version stays until the reader chooses.
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('speaks English on an English page', async () => {
    const { workbox } = await setUp('en');
    workbox.fire('waiting');
    expect(screen.getByRole('status')).toHaveTextContent('A new version is available.');
    expect(screen.getByRole('button', { name: 'Reload' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Later' })).toBeVisible();
  });

  it('"Neu laden" lets the new version take over and reloads once it controls the page', async () => {
    const user = userEvent.setup();
    const { workbox, reload } = await setUp('de');
    workbox.fire('waiting');
    await user.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    workbox.fire('controlling');
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('asks the waiting worker only once, however often the button is pressed', async () => {
    const user = userEvent.setup();
    const { workbox, reload } = await setUp('de');
    workbox.fire('waiting');
    await user.click(screen.getByRole('button', { name: 'Neu laden' }));
    await user.click(screen.getByRole('button', { name: 'Neu laden' }));
    workbox.fire('controlling');
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once if another tab let the new version take over already', async () => {
    const user = userEvent.setup();
    const { workbox, reload } = await setUp('de');
    workbox.fire('waiting');
    workbox.fire('controlling');
    expect(reload).not.toHaveBeenCalled();
    await user.click(screen.getByRole('button', { name: 'Neu laden' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
  });

  it('"Später" hides the message until a newer version waits', async () => {
    const user = userEvent.setup();
    const { workbox, reload } = await setUp('de');
    workbox.fire('waiting');
    await user.click(screen.getByRole('button', { name: 'Später' }));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
    workbox.fire('waiting');
    expect(screen.getByRole('status')).toHaveTextContent('Eine neue Version ist verfügbar.');
    expect(reload).not.toHaveBeenCalled();
  });
});
