import dictionary from 'dictionary-de';
import nspell from 'nspell';

/**
 * The German Hunspell dictionary (dictionary-de) with its homonyms merged. The .dic lists many
 * words more than once with different flags ("wohl/AC", "wohl/Sozm", "wohl/hke"); Hunspell keeps
 * each as its own entry, nspell keeps only the last, and the last is often one that may appear
 * only inside a compound (ONLYINCOMPOUND "o") or with an affix (NEEDAFFIX "h"), so nspell would
 * reject "wohl", "suchen" or "geben". Merged, a word keeps every flag, and loses "o" and "h" when
 * any of its entries is free of them.
 */
function mergedHomonyms(dic: Uint8Array): string {
  const byWord = new Map<string, string[]>();
  for (const line of new TextDecoder().decode(dic).split('\n').slice(1)) {
    if (line === '') continue;
    const slash = line.indexOf('/');
    const entry = slash === -1 ? line : line.slice(0, slash);
    const flags = slash === -1 ? '' : line.slice(slash + 1);
    const all = byWord.get(entry);
    if (all) all.push(flags);
    else byWord.set(entry, [flags]);
  }
  const lines = [...byWord].map(([entry, all]) => {
    const flags = new Set(all.join(''));
    for (const restricted of ['h', 'o']) {
      if (all.some((f) => !f.includes(restricted))) flags.delete(restricted);
    }
    return flags.size > 0 ? `${entry}/${[...flags].join('')}` : entry;
  });
  return `${lines.length}\n${lines.join('\n')}\n`;
}

const minPart = 3;

/**
 * German writes compounds as one word ("Kraftwerke", "Staatsbesuch"), which nspell does not
 * build. A word is taken as known when it splits into known words of three letters or more,
 * optionally joined by the linking "s" (Fugen-s), at most three parts deep.
 */
export function withCompounds(correct: (word: string) => boolean): (word: string) => boolean {
  const known = (w: string, depth: number): boolean => {
    const capitalised = w.charAt(0).toUpperCase() + w.slice(1);
    if (correct(w) || correct(capitalised) || correct(w.toLowerCase())) return true;
    if (depth === 0) return false;
    for (let cut = minPart; cut <= w.length - minPart; cut += 1) {
      const head = w.slice(0, cut);
      const tail = w.slice(cut);
      const heads =
        head.endsWith('s') && head.length > minPart ? [head, head.slice(0, -1)] : [head];
      if (heads.some((h) => correct(h) || correct(h.charAt(0).toUpperCase() + h.slice(1)))) {
        if (known(tail, depth - 1)) return true;
      }
    }
    return false;
  };
  return (w) => known(w, 2);
}

/** Loads the German dictionary (about 15 s: nspell expands the affix rules when it loads). */
export function loadGermanSpelling(): (word: string) => boolean {
  if (loaded === undefined) {
    const spell = nspell(Buffer.from(dictionary.aff), mergedHomonyms(dictionary.dic));
    loaded = withCompounds((w) => spell.correct(w));
  }
  return loaded;
}

let loaded: ((word: string) => boolean) | undefined;
