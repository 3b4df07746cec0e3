import { act, renderHook } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { speechArticle } from '../../../tests/support/speech-article';
import { installSpeech, voice } from '../../../tests/support/speech-synthesis';
import { speechItems } from './speech-queue';
import { useSpeech, type UseSpeechOptions } from './use-speech';

const german = voice('de-DE', 'Anna');
const british = voice('en-GB', 'Daniel');
const items = speechItems(speechArticle, { sectionId: 'visit' });

afterEach(() => vi.unstubAllGlobals());

function setup(options: UseSpeechOptions = { lang: 'de' }) {
  return renderHook((props: UseSpeechOptions) => useSpeech(props), { initialProps: options });
}

// Utterances start a microtask after speak(), as in browsers.
const settle = () => act(() => Promise.resolve());

describe('useSpeech: is there a voice?', () => {
  it('is unavailable without the speech API', () => {
    expect(setup().result.current.available).toBe(false);
  });

  it('is unavailable for a German page with English voices only', () => {
    installSpeech([british]);
    expect(setup({ lang: 'de' }).result.current.available).toBe(false);
    expect(setup({ lang: 'en' }).result.current.available).toBe(true);
  });

  it('becomes available when the voices arrive late', () => {
    const synth = installSpeech([]);
    const { result } = setup();
    expect(result.current.available).toBe(false);
    act(() => synth.loadVoices([german]));
    expect(result.current.available).toBe(true);
  });

  it('renders as unavailable on the server, so hydration matches the prerendered page', () => {
    installSpeech([german]);
    function Probe() {
      return <p>{String(useSpeech({ lang: 'de' }).available)}</p>;
    }
    expect(renderToString(<Probe />)).toBe('<p>false</p>');
  });
});

describe('useSpeech: reading', () => {
  it('reads in the page’s language, with the voice chosen for it', async () => {
    const synth = installSpeech([british, voice('de-AT', 'Austria'), german]);
    const { result } = setup({ lang: 'de' });
    act(() => result.current.speak(items));
    await settle();
    const [first] = synth.spoken;
    expect(first?.lang).toBe('de-DE');
    expect(first?.voice).toBe(german);
    expect(first?.text).toBe('Besuch');
  });

  it('reads the items one after another, reporting the one that sounds', async () => {
    const synth = installSpeech([german]);
    const { result } = setup();
    act(() => result.current.speak(items));
    expect(result.current.state).toBe('speaking');
    await settle();
    expect(result.current.current?.blockId).toBe('visit-title');
    for (const blockId of ['p4', 'p5']) {
      act(() => synth.finishCurrent());
      await settle();
      expect(result.current.current?.blockId).toBe(blockId);
    }
    expect(synth.spoken.map((u) => u.text)).toEqual(items.map((item) => item.text));
    expect(synth.speak).toHaveBeenCalledTimes(3);
  });

  it('goes back to idle at the end, and says it finished', async () => {
    const synth = installSpeech([german]);
    const onDone = vi.fn();
    const { result } = setup({ lang: 'de', onDone });
    act(() => result.current.speak(items.slice(0, 1)));
    await settle();
    act(() => synth.finishCurrent());
    expect(result.current).toMatchObject({ state: 'idle', current: undefined, error: false });
    expect(onDone).toHaveBeenCalledWith('finished');
  });

  it('pauses and resumes through the API', async () => {
    const synth = installSpeech([german]);
    const { result } = setup();
    act(() => result.current.speak(items));
    await settle();
    act(() => result.current.pause());
    expect(synth.pause).toHaveBeenCalledTimes(1);
    expect(result.current.state).toBe('paused');
    expect(result.current.current?.blockId).toBe('visit-title');
    act(() => result.current.resume());
    expect(synth.resume).toHaveBeenCalledTimes(1);
    expect(result.current.state).toBe('speaking');
  });

  it('stops: cancels, unpauses the engine, and ignores the cancelled utterance’s events', async () => {
    const synth = installSpeech([german]);
    const onDone = vi.fn();
    const { result } = setup({ lang: 'de', onDone });
    act(() => result.current.speak(items));
    await settle();
    act(() => result.current.pause());
    act(() => result.current.stop());
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(synth.paused).toBe(false);
    expect(result.current).toMatchObject({ state: 'idle', current: undefined, error: false });
    synth.spoken[0]?.dispatchEvent(new Event('end'));
    expect(synth.speak).toHaveBeenCalledTimes(1);
    expect(onDone).not.toHaveBeenCalled();
  });

  it('starting again replaces what was being read', async () => {
    const synth = installSpeech([german]);
    const { result } = setup();
    act(() => result.current.speak(items));
    await settle();
    act(() => result.current.speak(speechItems(speechArticle)));
    await settle();
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(result.current.current?.blockId).toBe('headline');
    expect(result.current.error).toBe(false);
    // A late event of the replaced utterance changes nothing.
    act(() => synth.spoken[0]?.dispatchEvent(new Event('start')));
    expect(result.current.current?.blockId).toBe('headline');
  });

  it('stops with an error flag when the engine fails', async () => {
    const synth = installSpeech([german]);
    const onDone = vi.fn();
    const { result } = setup({ lang: 'de', onDone });
    act(() => result.current.speak(items));
    await settle();
    act(() => synth.failCurrent('synthesis-failed'));
    expect(result.current).toMatchObject({ state: 'idle', current: undefined, error: true });
    expect(onDone).toHaveBeenCalledWith('failed');
    expect(synth.speak).toHaveBeenCalledTimes(1);
  });

  it('takes an interruption from outside quietly', async () => {
    const synth = installSpeech([german]);
    const onDone = vi.fn();
    const { result } = setup({ lang: 'de', onDone });
    act(() => result.current.speak(items));
    await settle();
    act(() => synth.failCurrent('interrupted'));
    expect(result.current).toMatchObject({ state: 'idle', error: false });
    expect(onDone).not.toHaveBeenCalled();
  });

  it('stops when the page changes language, and when it goes away', async () => {
    const synth = installSpeech([german, british]);
    const { result, rerender, unmount } = setup();
    act(() => result.current.speak(items));
    await settle();
    rerender({ lang: 'en' });
    expect(synth.cancel).toHaveBeenCalledTimes(1);
    expect(result.current.state).toBe('idle');
    act(() => result.current.speak(items));
    expect(synth.spoken.at(-1)?.lang).toBe('en-GB');
    await settle();
    unmount();
    expect(synth.cancel).toHaveBeenCalledTimes(2);
  });
});
