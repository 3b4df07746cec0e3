import type { Lang } from '../../i18n/languages';

/**
 * The locales each edition is written for, best first (the English edition is published as en-US;
 * a British voice reads it just as well). Any other voice of the language comes after these.
 */
export const editionLocales: Record<Lang, readonly [string, ...string[]]> = {
  de: ['de-DE'],
  en: ['en-US', 'en-GB'],
};

// Chrome on Android reports tags with an underscore ("de_DE"); compare them as BCP 47.
function normalTag(tag: string): string {
  return tag.replace(/_/g, '-');
}

function baseLang(tag: string): string {
  return normalTag(tag).split('-')[0]?.toLowerCase() ?? '';
}

/** Lower is better; undefined when the voice does not speak the edition's language at all. */
function localeRank(voice: SpeechSynthesisVoice, lang: Lang): number | undefined {
  const tag = normalTag(voice.lang).toLowerCase();
  const exact = editionLocales[lang].findIndex((locale) => locale.toLowerCase() === tag);
  if (exact >= 0) return exact;
  return baseLang(tag) === lang ? editionLocales[lang].length : undefined;
}

/** Whether any voice speaks the language, in any of its regional variants. */
export function hasVoiceFor(voices: readonly SpeechSynthesisVoice[], lang: Lang): boolean {
  return voices.some((voice) => baseLang(voice.lang) === lang);
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * The best voice for an edition: the edition's own locale before other variants of the language;
 * then voices on the device before network ones (these need a connection, and Chrome's stop after
 * some 15 seconds of one utterance); then the browser's default. None for another language.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: Lang,
): SpeechSynthesisVoice | undefined {
  let best: { voice: SpeechSynthesisVoice; score: number[] } | undefined;
  for (const voice of voices) {
    const rank = localeRank(voice, lang);
    if (rank === undefined) continue;
    const score = [rank, voice.localService ? 0 : 1, voice.default ? 0 : 1];
    // Strictly better only: among equals the first listed wins, as the browser ordered them.
    if (!best || compareScores(score, best.score) < 0) best = { voice, score };
  }
  return best?.voice;
}

/** The utterance's language: the chosen voice's own tag, else the edition's locale. */
export function utteranceLang(voice: SpeechSynthesisVoice | undefined, lang: Lang): string {
  return voice ? normalTag(voice.lang) : editionLocales[lang][0];
}
