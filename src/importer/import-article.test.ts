// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../article/model/parse-article';
import type { Article } from '../article/model/schema';
import { EmptySourceError, importArticle, type ImportResult } from './import-article';
import { splitSource } from './lines';

const fixtures = path.resolve(__dirname, '../../tests/fixtures/import');
const good = readdirSync(fixtures).filter((f) => f.endsWith('.txt') && !f.startsWith('bad-'));
const read = (name: string) => readFileSync(path.join(fixtures, name), 'utf8');
const run = (name: string, headline?: string) =>
  importArticle(read(name), { id: 'test-article', ...(headline ? { headline } : {}) });

const tokens = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

function field(edition: Article, dotPath: string): string {
  // Figure ids contain hyphens, never dots, so a dot path splits cleanly.
  const value = dotPath
    .split('.')
    .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], edition);
  if (typeof value !== 'string') throw new Error(`${dotPath} is not text`);
  return value;
}

/** Every line is in the edition (its words, in order, in the fields it names) or in the report. */
function expectEveryLineAccountedFor(source: string, { edition, report }: ImportResult) {
  const { lines } = splitSource(source);
  expect(report.lines.map((r) => r.line)).toEqual(lines.map((l) => l.number));
  for (const { line, role, fields, markup, added, inReport } of report.lines) {
    const text = lines[line - 1]?.text ?? '';
    if (role === 'blank') {
      expect(text.trim(), `line ${line}`).toBe('');
      continue;
    }
    const held = [...fields.map((f) => field(edition, f)), ...markup, ...inReport].join(' ');
    for (const quoted of inReport) {
      expect(report.entries.some((e) => e.line === line && e.message.includes(quoted))).toBe(true);
    }
    const addedTokens = added.flatMap(tokens);
    // As multisets: the fields come in a fixed order (alt, then credit) and markup after them.
    expect(
      tokens(held)
        .filter((t) => !addedTokens.includes(t))
        .sort(),
      `line ${line}`,
    ).toEqual(tokens(text).sort());
    // Nothing is lost: every character of the line is in a field or in the markup.
    const withoutAdded = fields.map((f) =>
      added.reduce(
        (value, extra) => value.replace(new RegExp(`\\s*${extra}$`, 'u'), ''),
        field(edition, f),
      ),
    );
    const rest = [...withoutAdded, ...markup, ...inReport].reduce(
      (remaining, part) => remaining.replace(part, ''),
      text,
    );
    expect(rest.trim(), `line ${line}`).toBe('');
  }
}

describe('importing scraped text', () => {
  it.each(good)('%s: gives a schema-valid German edition and accounts for every line', (name) => {
    const result = run(name, 'Eine Überschrift');
    expect(() => parseArticle(result.edition, name)).not.toThrow();
    expectEveryLineAccountedFor(read(name), result);
  });

  it('finds no photo in a text without photos, sections from its headings, a clean ending', () => {
    const { edition, report } = run('no-photos.txt', 'Köln fährt mit Ökostrom');
    expect(edition.figures).toEqual({});
    expect(edition.leadFigure).toBeUndefined();
    expect(edition.sections.map((s) => [s.id, s.title, s.untitled])).toEqual([
      ['overview', 'Überblick', true],
      ['kritik-aus-der-opposition', 'Kritik aus der Opposition', undefined],
      ['wie-es-weitergeht', 'Wie es weitergeht', undefined],
    ]);
    expect(edition.sections.at(-1)?.blocks.at(-1)).not.toHaveProperty('truncated');
    expect(edition.endNote).toBeUndefined();
    expect(edition.draft).toBeUndefined();
    expect(edition.slug).toBe('koeln-faehrt-mit-oekostrom');
    expect(report.entries).toContainEqual({
      line: 5,
      kind: 'generated',
      message: expect.stringContaining('"kritik-aus-der-opposition" proposed from the heading'),
    });
    expect(report.entries).toContainEqual({
      line: 5,
      kind: 'guess',
      message: expect.stringContaining('taken as a heading'),
    });
  });

  it('reads three photos: the lead, and two in the text, with round, square and "Foto:" credits', () => {
    const { edition, report } = run('three-photos.txt', 'Niedrigwasser');
    expect(edition.leadFigure).toBe('figure-1');
    expect(edition.figures).toEqual({
      'figure-1': {
        image: 'figure-1',
        alt: 'Der Rhein bei Köln am frühen Morgen',
        caption: 'Niedrigwasser: Der Rhein bei Köln führt so wenig Wasser wie seit Jahren nicht',
        credit: 'dpa',
      },
      'figure-2': {
        image: 'figure-2',
        alt: 'Ein Frachtschiff liegt am Ufer fest',
        caption: 'Auf Grund gelaufen: Ein Frachtschiff liegt am Ufer bei Düsseldorf fest',
        credit: 'Marion Weber',
      },
      'figure-3': {
        image: 'figure-3',
        alt: 'Pegel in Kaub',
        caption: 'Messlatte am Pegel Kaub: Der Wert liegt unter einem Meter',
        credit: 'Wasserstraßenamt',
      },
    });
    const blocks = edition.sections.map((s) => s.blocks.map((b) => `${b.type}:${b.id}`));
    expect(blocks).toEqual([
      ['paragraph:p1'],
      ['figure:figure-2', 'paragraph:p2', 'figure:figure-3', 'paragraph:p3'],
    ]);
    const photoGuesses = report.entries.filter((e) => e.message.startsWith('photo '));
    expect(photoGuesses.map((e) => e.line)).toEqual([1, 7, 12]);
  });

  it('takes a rough alt line without a credit when it repeats the caption', () => {
    const { edition, report } = run('credits.txt', 'Windstrom');
    expect(edition.figures['figure-2']).toEqual({
      image: 'figure-2',
      alt: 'Umspannwerk bei Büsum',
      caption: 'Das neue Umspannwerk bei Büsum nimmt den Strom auf',
      credit: 'Netzbetreiber Tennet',
    });
    expect(report.entries).toContainEqual({
      line: 7,
      kind: 'guess',
      message: expect.stringContaining('alt line without a credit'),
    });
    // The alt line said "Foto: Jan Hansen", the caption "[Jan Hansen]": the same credit.
    expect(edition.figures['figure-1']?.credit).toBe('Jan Hansen');
    expect(report.entries.filter((e) => e.kind === 'slip' && e.line === 1)).toEqual([]);
  });

  it('opens with a titled section when the text starts with a heading', () => {
    const { edition } = run('heading-first.txt', 'Ahrtal');
    expect(edition.sections.map((s) => s.title)).toEqual(['Ein Jahr nach der Flut']);
    expect(edition.sections[0]?.untitled).toBeUndefined();
    expect(edition.sections[0]?.blocks).toHaveLength(2);
  });

  it('reads CRLF line endings and drops a byte order mark', () => {
    const crlf = run('crlf.txt', 'Streik');
    expect(crlf.edition.sections[0]?.title).toBe('Bahnstreik am Montag');
    expect(JSON.stringify(crlf.edition)).not.toContain('\r');
    const bom = run('bom.txt', 'Scooter');
    expect(bom.edition.figures['figure-1']?.alt).toBe('Neue Regeln für E-Scooter');
    expect(bom.edition.figures['figure-1']?.credit).toBe('Stadt Berlin');
    expect(bom.report.entries).toContainEqual({
      line: 1,
      kind: 'note',
      message: 'byte order mark removed',
    });
  });

  it('keeps a very long line as one paragraph, quickly', () => {
    const started = performance.now();
    const { edition } = run('long-line.txt', 'Bericht');
    expect(performance.now() - started).toBeLessThan(500);
    const [paragraph] = edition.sections[0]?.blocks ?? [];
    expect(paragraph?.type === 'paragraph' && paragraph.text.length).toBeGreaterThan(30_000);
  });

  it('keeps a broken-off ending with "…", marks it and notes it at the end', () => {
    const { edition, report } = run('broken-ending.txt', 'Haushalt');
    expect(edition.sections.at(-1)?.blocks.at(-1)).toEqual({
      type: 'paragraph',
      id: 'p2',
      text: 'Offen ist vor allem, wie viel Geld …',
      truncated: true,
    });
    expect(edition.endNote).toEqual({ text: expect.stringContaining('bricht'), editorial: true });
    expect(report.entries).toContainEqual({
      line: 3,
      kind: 'guess',
      message: expect.stringContaining('breaks off mid-sentence'),
    });
  });

  it('makes an article without a headline a draft, and says so', () => {
    const { edition, report } = run('no-photos.txt');
    expect(edition.draft).toBe(true);
    expect(edition.headline.editorial).toBe(true);
    expect(edition.slug).toBe('test-article');
    expect(report.entries).toContainEqual({
      kind: 'generated',
      message: expect.stringContaining('the article is a draft'),
    });
  });

  it('refuses text with no line to import', () => {
    expect(() => importArticle(read('bad-blank.txt'), { id: 'x' })).toThrow(EmptySourceError);
    expect(() => importArticle('', { id: 'x' })).toThrow(EmptySourceError);
  });

  it('accounts for every line of any text, and any text it takes gives a valid edition', () => {
    const piece = fc.constantFrom(
      'Wort',
      'Köln',
      ' ',
      '  ',
      '.',
      ',',
      '(dpa)',
      '(',
      ')',
      '[',
      ']',
      'Foto: X',
      ';',
      '…',
      '...',
      '\n',
      '\r\n',
      '\r',
      '\uFEFF',
      'Überschrift',
      'Ein Satz endet.',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const source = pieces.join('');
        let result: ImportResult;
        try {
          result = importArticle(source, { id: 'x', headline: 'H' });
        } catch (error) {
          expect(error).toBeInstanceOf(EmptySourceError);
          return;
        }
        expect(() => parseArticle(result.edition, 'generated')).not.toThrow();
        expectEveryLineAccountedFor(source, result);
      }),
      { numRuns: 300 },
    );
  });
});
