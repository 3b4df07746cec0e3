// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { voice } from '../../../tests/support/speech-synthesis';
import { hasVoiceFor, pickVoice, utteranceLang } from './pick-voice';

describe('pickVoice', () => {
  it('prefers the edition’s own locale to another variant of the language', () => {
    const austrian = voice('de-AT', 'Austria');
    const german = voice('de-DE', 'Germany', { localService: false });
    expect(pickVoice([austrian, german], 'de')).toBe(german);
  });

  it('takes American English first, then British, then any English', () => {
    const indian = voice('en-IN', 'India');
    const british = voice('en-GB', 'Britain');
    const american = voice('en-US', 'America');
    expect(pickVoice([indian, british, american], 'en')).toBe(american);
    expect(pickVoice([indian, british], 'en')).toBe(british);
    expect(pickVoice([indian], 'en')).toBe(indian);
  });

  it('prefers a voice on the device to a network voice, then the default', () => {
    const remote = voice('de-DE', 'Remote', { localService: false, isDefault: true });
    const local = voice('de-DE', 'Local');
    const localDefault = voice('de-DE', 'Local default', { isDefault: true });
    expect(pickVoice([remote, local], 'de')).toBe(local);
    expect(pickVoice([remote, local, localDefault], 'de')).toBe(localDefault);
  });

  it('keeps the browser’s order among equals', () => {
    const first = voice('de-DE', 'First');
    const second = voice('de-DE', 'Second');
    expect(pickVoice([first, second], 'de')).toBe(first);
  });

  it('reads tags with an underscore, as Chrome on Android reports them, in any case', () => {
    const android = voice('de_DE', 'Android');
    const other = voice('de-CH', 'Swiss');
    expect(pickVoice([other, android], 'de')).toBe(android);
    expect(pickVoice([voice('EN-us', 'Shouting')], 'en')?.name).toBe('Shouting');
  });

  it('finds no voice for a language it lacks, however many others there are', () => {
    const voices = [voice('en-US', 'A'), voice('fr-FR', 'B'), voice('dek', 'Not German')];
    expect(pickVoice(voices, 'de')).toBeUndefined();
    expect(hasVoiceFor(voices, 'de')).toBe(false);
    expect(hasVoiceFor(voices, 'en')).toBe(true);
    expect(hasVoiceFor([], 'en')).toBe(false);
  });
});

describe('utteranceLang', () => {
  it('is the voice’s own tag, as BCP 47, else the edition’s locale', () => {
    expect(utteranceLang(voice('en_GB', 'Android'), 'en')).toBe('en-GB');
    expect(utteranceLang(undefined, 'de')).toBe('de-DE');
    expect(utteranceLang(undefined, 'en')).toBe('en-US');
  });
});
