// German spells ä, ö, ü and ß out in ASCII as ae, oe, ue and ss (Duden, "Umlaute" in addresses);
// other accents fall back to their base letter by Unicode decomposition.
const spelledOut: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** A lower-case ASCII id (a-z, 0-9, single hyphens) of at most `maxLength` characters. */
export function proposeSlug(text: string, maxLength = 60): string {
  const ascii = text
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => spelledOut[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= maxLength) return ascii;
  const cut = ascii.slice(0, maxLength + 1);
  const atWord = cut.lastIndexOf('-');
  return (atWord > 0 ? cut.slice(0, atWord) : ascii.slice(0, maxLength)).replace(/-+$/, '');
}

/** `base`, or `base-2`, `base-3`, … whichever is not taken yet; records the one it returns. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
