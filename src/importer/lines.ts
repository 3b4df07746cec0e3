/** One line of the scraped source, numbered from 1 as an editor's text editor shows it. */
export interface SourceLine {
  number: number;
  text: string;
}

export interface SplitSource {
  lines: SourceLine[];
  /** The text began with a byte order mark (U+FEFF), which is not part of its first line. */
  hadBom: boolean;
  /** Line endings seen: a scrape from Windows has CRLF, an old Mac export CR. */
  lineEndings: ('LF' | 'CRLF' | 'CR')[];
}

/**
 * Splits scraped text into numbered lines: LF, CRLF and lone CR all end a line, a leading BOM is
 * dropped, and the terminator of the last line does not start another (empty) line.
 */
export function splitSource(text: string): SplitSource {
  const hadBom = text.startsWith('\uFEFF');
  const body = hadBom ? text.slice(1) : text;
  const endings = new Set<'LF' | 'CRLF' | 'CR'>();
  for (const match of body.matchAll(/\r\n|\r|\n/g)) {
    endings.add(match[0] === '\r\n' ? 'CRLF' : match[0] === '\r' ? 'CR' : 'LF');
  }
  const parts = body.split(/\r\n|\r|\n/);
  if (parts.length > 1 && parts.at(-1) === '') parts.pop();
  if (parts.length === 1 && parts[0] === '') parts.pop();
  return {
    lines: parts.map((line, i) => ({ number: i + 1, text: line })),
    hadBom,
    lineEndings: [...endings],
  };
}
