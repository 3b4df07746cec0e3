export interface CreditSplit {
  /** The line without its credit. */
  text: string;
  credit: string;
  /** What was taken off the line as markup and is not in `text` or `credit`: brackets, "Foto:". */
  markup: string[];
  /** Set when the credit had to be guessed (a bracket lost by the scrape). */
  guess?: string;
}

const closing: Record<string, string> = { ')': '(', ']': '[' };
// A credit is a name, an agency or "Photo by …", never a sentence of its own.
const maxCreditLength = 120;
const creditMarker = /(?:^|[\s([|/–—-])(Fotos?|Bild(?:er)?|Quelle)\s*:\s*/giu;

function plausible(credit: string): boolean {
  return credit.length > 0 && credit.length <= maxCreditLength && !/[.!?]\s/.test(credit);
}

/**
 * Splits the photo credit off the end of a caption or alt line. The scraper writes it as
 * `text (credit)`, `text [credit]` or `text Foto: credit`; a credit whose opening bracket the
 * scrape lost (`text,credit)`) is taken from the last comma or semicolon and marked as a guess.
 * Scans from the end with indexOf, no backtracking regex: lines can be very long.
 */
export function splitCredit(line: string): CreditSplit | undefined {
  const trimmed = line.trim();
  const last = trimmed.at(-1) ?? '';
  const opener = closing[last];
  if (opener !== undefined) {
    const open = trimmed.lastIndexOf(opener);
    if (open > 0) {
      const credit = trimmed.slice(open + 1, -1).trim();
      const text = trimmed.slice(0, open).trim();
      const marker = credit.match(/^(Fotos?|Bild(?:er)?|Quelle)\s*:\s*/iu);
      if (text.length > 0 && plausible(credit) && !credit.includes(last)) {
        if (marker) {
          return {
            text,
            credit: credit.slice(marker[0].length).trim(),
            markup: [opener, marker[0].trim(), last],
          };
        }
        return { text, credit, markup: [opener, last] };
      }
    }
    if (open === -1) {
      const cut = Math.max(trimmed.lastIndexOf(','), trimmed.lastIndexOf(';'));
      const credit = cut > 0 ? trimmed.slice(cut + 1, -1).trim() : '';
      const text = cut > 0 ? trimmed.slice(0, cut).trim() : '';
      if (text.length > 0 && plausible(credit)) {
        const separator = trimmed.charAt(cut);
        return {
          text,
          credit,
          markup: [separator, last],
          guess: `opening bracket of the credit missing; took "${credit}" after the last "${separator}" as the credit`,
        };
      }
    }
    return undefined;
  }
  let marker: RegExpExecArray | undefined;
  for (const match of trimmed.matchAll(creditMarker)) marker = match;
  if (marker === undefined) return undefined;
  const credit = trimmed.slice(marker.index + marker[0].length).trim();
  const text = trimmed
    .slice(0, marker.index)
    .replace(/[\s|/–—-]+$/u, '')
    .trim();
  if (text.length === 0 || !plausible(credit)) return undefined;
  const separator = trimmed.slice(text.length, marker.index + marker[0].length).trim();
  return { text, credit, markup: [separator] };
}
