import type { ReportEntry } from './report';

/** A source line to check: its raw text, and the part in the reader's language (no credit). */
export interface CheckedLine {
  line: number;
  text: string;
  prose: string;
}

// Punctuation slips a scrape or a hurried editor leaves. Each is reported, never applied.
const doubledSpace = /(\S)( {2,})(?=\S)/gu;
const noSpaceAfterComma = /(\p{L})([,;])(\p{L})/gu;
const underscore = /\p{L}_\p{L}/gu;
// Lower-case letters, a full stop, a capital: "Ende.Der". Abbreviations ("z.B.", "U.S.") have a
// single letter before the stop, web addresses a small letter after it: neither is reported.
const noSpaceAfterStop = /(\p{Ll}{2,})\.(\p{Lu})/gu;
const spaceBeforeStop = /(\p{L}) +([.,])(?=\s|$)/gu;
const word = /\p{L}+(?:-\p{L}+)*/gu;

const around = (text: string, index: number, length: number) =>
  text.slice(Math.max(0, index - 12), index + length + 12).trim();

/** Likely slips of one line: spacing, punctuation, and words the dictionary does not know. */
export function findSlips(lines: CheckedLine[], isWord?: (word: string) => boolean): ReportEntry[] {
  const entries: ReportEntry[] = [];
  const slip = (line: number, message: string) => entries.push({ line, kind: 'slip', message });
  for (const { line, text, prose } of lines) {
    for (const m of text.matchAll(doubledSpace)) {
      const at = m.index + (m[1]?.length ?? 0);
      slip(line, `${m[2]?.length} spaces in a row: "${around(text, at, m[2]?.length ?? 0)}"`);
    }
    for (const m of text.matchAll(noSpaceAfterComma)) {
      const mark = m[2] === ',' ? 'comma' : 'semicolon';
      slip(line, `no space after a ${mark}: "${around(text, m.index, m[0].length)}"`);
    }
    for (const m of text.matchAll(underscore)) {
      slip(line, `underscore in a word (a hyphen?): "${around(text, m.index, m[0].length)}"`);
    }
    for (const m of text.matchAll(noSpaceAfterStop)) {
      slip(line, `no space after a full stop: "${around(text, m.index, m[0].length)}"`);
    }
    for (const m of text.matchAll(spaceBeforeStop)) {
      const mark = m[2] === '.' ? 'full stop' : 'comma';
      slip(line, `space before a ${mark}: "${around(text, m.index, m[0].length)}"`);
    }
    if (isWord === undefined) continue;
    const unknown = new Set<string>();
    for (const [candidate] of prose.matchAll(word)) {
      // Acronyms (USA, UN) and one- or two-letter words are not spelling.
      const parts = candidate.split('-').filter((p) => p.length > 2 && p !== p.toUpperCase());
      for (const part of parts) if (!isWord(part)) unknown.add(part);
    }
    for (const w of unknown) {
      slip(line, `"${w}" is not in the German dictionary: a typo, or a name it does not know?`);
    }
  }
  return entries;
}
