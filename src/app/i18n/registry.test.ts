// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fetchBundle, loadedI18n, loadI18n } from './registry';

describe('the language registry', () => {
  it('loads nothing until a language is asked for', () => {
    expect(loadedI18n('de')).toBeUndefined();
    expect(loadedI18n('en')).toBeUndefined();
  });

  it('loads one language with its article on demand, and not the other', async () => {
    const i18n = await loadI18n('en', 'us-china-cyber');
    expect(i18n.language).toBe('en');
    expect(i18n.t('skipLink')).toBe('Skip to article');
    expect(i18n.getResourceBundle('en', 'us-china-cyber')).toMatchObject({
      slug: 'us-china-cyber-treaty',
    });
    expect(loadedI18n('de')).toBeUndefined();
  });

  it('returns the same promise for the same request, so React can suspend on it', () => {
    expect(loadI18n('de', 'us-china-cyber')).toBe(loadI18n('de', 'us-china-cyber'));
  });

  it('adds a second article namespace to a loaded language without a second instance', async () => {
    const first = await loadI18n('de');
    const second = await loadI18n('de', 'us-china-cyber');
    expect(second).toBe(first);
    expect(second.hasResourceBundle('de', 'us-china-cyber')).toBe(true);
  });

  it('fails clearly for an article that has no published edition, and can retry later', async () => {
    await expect(fetchBundle('de', ['no-such-article'])).rejects.toThrow(
      'No published edition or front page no-such-article/de',
    );
    const failed = loadI18n('de', 'no-such-article');
    await expect(failed).rejects.toThrow();
    expect(loadI18n('de', 'no-such-article')).not.toBe(failed);
  });

  it('never shows a raw key for a string that is missing at run time', async () => {
    const i18n = await loadI18n('de');
    // @ts-expect-error: the key is deliberately not in the typed resources.
    expect(i18n.t('no.such.key')).toBe('');
  });
});
