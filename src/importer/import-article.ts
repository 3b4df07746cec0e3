import type { Article, ArticleBlock, ArticleFigure, ArticleSection } from '../article/model/schema';
import { splitCredit, type CreditSplit } from './credit';
import { splitSource, type SourceLine } from './lines';
import { findSlips, type CheckedLine } from './slips';
import type { ImportReport, LineRecord, ReportEntry } from './report';
import { proposeSlug, uniqueId } from './slug';

export interface ImportOptions {
  /** The article's id (its folder in src/content); the slug falls back to it. */
  id: string;
  headline?: string;
  standfirst?: string;
  /** A dictionary check for likely typos (see german-spelling.ts); without it, none are looked for. */
  isWord?: (word: string) => boolean;
}

export interface ImportResult {
  edition: Article;
  report: ImportReport;
}

/** The text has nothing an edition could be made of (no non-blank line). */
export class EmptySourceError extends Error {}

// A heading is a short line that does not end like a sentence (a question may be a heading).
const maxHeadingLength = 80;
const maxHeadingWords = 10;
const sentenceEnd = /[.!:;,…"“”„»«)\]'’-]$/u;
// A paragraph that ends on none of these broke off (the scrape stopped mid-sentence).
const finished = /[.!?"“”»«)'’]$/u;
const unfinishedEllipsis = /(?:\.\.\.|…)$/u;
// Credits in English ("Photo by …", "courtesy of …") carry their language in the content.
const englishCredit = /\b(?:photo|photos|by|courtesy|image)\b/iu;

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Share of the alt line's words that the caption has: a rough alt line repeats the caption. */
function overlap(alt: string, caption: string): number {
  const altWords = words(alt);
  if (altWords.length === 0) return 0;
  const captionWords = new Set(words(caption));
  return altWords.filter((w) => captionWords.has(w)).length / altWords.length;
}

type Unit =
  | { kind: 'blank'; line: SourceLine }
  | { kind: 'heading'; line: SourceLine }
  | { kind: 'paragraph'; line: SourceLine }
  | {
      kind: 'figure';
      alt: SourceLine;
      caption: SourceLine;
      altCredit: CreditSplit | undefined;
      captionCredit: CreditSplit;
      altText: string;
    };

function isHeadingLike(text: string): boolean {
  const trimmed = text.trim();
  return (
    trimmed.length > 0 &&
    trimmed.length <= maxHeadingLength &&
    trimmed.split(/\s+/).length <= maxHeadingWords &&
    !sentenceEnd.test(trimmed)
  );
}

/** Reads the lines into units: blank lines, photos (two lines), headings and paragraphs. */
function readUnits(lines: SourceLine[]): Unit[] {
  const units: Unit[] = [];
  const lastContent = lines.findLastIndex((l) => l.text.trim() !== '');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as SourceLine;
    const next = lines[i + 1];
    if (line.text.trim() === '') {
      units.push({ kind: 'blank', line });
      continue;
    }
    const captionCredit = next && next.text.trim() !== '' ? splitCredit(next.text) : undefined;
    if (next && captionCredit) {
      const altCredit = splitCredit(line.text);
      const altText = altCredit?.text ?? line.text.trim();
      if (altCredit !== undefined || overlap(altText, captionCredit.text) >= 0.5) {
        units.push({ kind: 'figure', alt: line, caption: next, altCredit, captionCredit, altText });
        i += 1;
        continue;
      }
    }
    const followed = i < lastContent;
    units.push({ kind: followed && isHeadingLike(line.text) ? 'heading' : 'paragraph', line });
  }
  return units;
}

/** Imports scraped German text: the German edition (schema-shaped) and the report of guesses. */
export function importArticle(source: string, options: ImportOptions): ImportResult {
  const { lines, hadBom, lineEndings } = splitSource(source);
  if (lines.every((l) => l.text.trim() === '')) throw new EmptySourceError('no text');
  const entries: ReportEntry[] = [];
  const records: LineRecord[] = [];
  const record = (r: Omit<LineRecord, 'markup' | 'added' | 'inReport'> & Partial<LineRecord>) =>
    records.push({ markup: [], added: [], inReport: [], ...r });
  if (hadBom) entries.push({ line: 1, kind: 'note', message: 'byte order mark removed' });
  if (lineEndings.length > 1) {
    entries.push({ kind: 'note', message: `mixed line endings: ${lineEndings.join(', ')}` });
  }

  const units = readUnits(lines);
  const checked: CheckedLine[] = [];
  const figures: Record<string, ArticleFigure> = {};
  const sections: ArticleSection[] = [];
  const sectionIds = new Set<string>();
  const figureIds = new Set<string>();
  let leadFigure: string | undefined;
  let paragraphCount = 0;
  let current: ArticleSection | undefined;

  const openSection = (title: string, line: number, untitled = false): ArticleSection => {
    const base = untitled ? 'overview' : proposeSlug(title) || 'abschnitt';
    const id = uniqueId(base, sectionIds);
    const slug = untitled ? 'ueberblick' : id;
    const section: ArticleSection = untitled
      ? { id, slug, title, untitled: true, blocks: [] }
      : { id, slug, title, blocks: [] };
    entries.push({
      line,
      kind: 'generated',
      message: untitled
        ? `the text before the first heading has none: section "${id}" (slug "${slug}") gets the editorial navigation title "${title}"`
        : `section id and slug "${id}" proposed from the heading; ids are authored: change it in de.json now, before anything links to it`,
    });
    sections.push(section);
    return section;
  };
  const section = (line: number): ArticleSection =>
    (current ??= openSection('Überblick', line, true));

  // A heading with nothing under it before the next heading is no heading: keep it as text.
  const headingHasContent = (at: number) => {
    for (const unit of units.slice(at + 1)) {
      if (unit.kind === 'blank') continue;
      return unit.kind !== 'heading';
    }
    return false;
  };

  units.forEach((unit, at) => {
    if (unit.kind === 'blank') {
      record({ line: unit.line.number, role: 'blank', fields: [] });
      return;
    }
    if (unit.kind === 'heading' && headingHasContent(at)) {
      const title = unit.line.text.trim();
      checked.push({ line: unit.line.number, text: unit.line.text, prose: title });
      current = openSection(title, unit.line.number);
      record({
        line: unit.line.number,
        role: 'heading',
        fields: [`sections.${sections.length - 1}.title`],
      });
      entries.push({
        line: unit.line.number,
        kind: 'guess',
        message: `short line without a full stop taken as a heading: "${title}"`,
      });
      return;
    }
    if (unit.kind === 'heading' || unit.kind === 'paragraph') {
      if (unit.kind === 'heading') {
        entries.push({
          line: unit.line.number,
          kind: 'guess',
          message: 'short line followed by another heading kept as a paragraph',
        });
      }
      checked.push({ line: unit.line.number, text: unit.line.text, prose: unit.line.text });
      const target = section(unit.line.number);
      paragraphCount += 1;
      target.blocks.push({
        type: 'paragraph',
        id: `p${paragraphCount}`,
        text: unit.line.text.trim(),
      });
      record({
        line: unit.line.number,
        role: 'paragraph',
        fields: [`sections.${sections.indexOf(target)}.blocks.${target.blocks.length - 1}.text`],
      });
      return;
    }
    const id = uniqueId(`figure-${figureIds.size + 1}`, figureIds);
    const { captionCredit, altCredit } = unit;
    // The credit is a name, often English: only the alt and caption text are spelled.
    checked.push(
      { line: unit.alt.number, text: unit.alt.text, prose: unit.altText },
      { line: unit.caption.number, text: unit.caption.text, prose: captionCredit.text },
    );
    const figure: ArticleFigure = {
      image: id,
      alt: unit.altText,
      caption: captionCredit.text,
      credit: captionCredit.credit,
      ...(englishCredit.test(captionCredit.credit) ? { creditLang: 'en' as const } : {}),
    };
    figures[id] = figure;
    const isLead = leadFigure === undefined && sections.length === 0;
    if (isLead) leadFigure = id;
    else section(unit.alt.number).blocks.push({ type: 'figure', id });
    const sameCredit = altCredit?.credit === captionCredit.credit;
    record({
      line: unit.alt.number,
      role: 'figure-alt',
      fields: sameCredit ? [`figures.${id}.alt`, `figures.${id}.credit`] : [`figures.${id}.alt`],
      markup: altCredit?.markup ?? [],
      inReport: altCredit !== undefined && !sameCredit ? [altCredit.credit] : [],
    });
    record({
      line: unit.caption.number,
      role: 'figure-caption',
      fields: [`figures.${id}.caption`, `figures.${id}.credit`],
      markup: captionCredit.markup,
    });
    entries.push({
      line: unit.alt.number,
      kind: 'guess',
      message: `photo "${id}"${isLead ? ' (the lead photo)' : ''}: line ${unit.alt.number} taken as its alt text, line ${unit.caption.number} as its caption and credit "${captionCredit.credit}"; stand-in artwork images/${id}.svg`,
    });
    if (figure.creditLang === 'en') {
      entries.push({
        line: unit.caption.number,
        kind: 'guess',
        message: 'credit taken as English',
      });
    }
    for (const [split, line] of [
      [altCredit, unit.alt],
      [captionCredit, unit.caption],
    ] as const) {
      if (split?.guess) entries.push({ line: line.number, kind: 'guess', message: split.guess });
    }
    if (altCredit !== undefined && altCredit.credit !== captionCredit.credit) {
      entries.push({
        line: unit.alt.number,
        kind: 'slip',
        message: `the alt line's credit "${altCredit.credit}" differs from the caption's "${captionCredit.credit}" (the caption's is kept)`,
      });
    }
    if (altCredit === undefined) {
      entries.push({
        line: unit.alt.number,
        kind: 'guess',
        message: 'alt line without a credit taken as a photo: it repeats most of the next line',
      });
    }
  });

  // Only a lead photo and no text under it: the photo is the article's one block.
  if (sections.length === 0 && leadFigure !== undefined) {
    section(records[0]?.line ?? 1).blocks.push({ type: 'figure', id: leadFigure });
    leadFigure = undefined;
  }

  const endNote = markBrokenEnding(sections, records, entries);
  const edition: Article = {
    slug: options.headline ? proposeSlug(options.headline) || options.id : options.id,
    headline: {
      text: options.headline?.trim() || 'Entwurf ohne Überschrift',
      editorial: true,
    },
    ...(options.standfirst?.trim()
      ? { standfirst: { text: options.standfirst.trim(), editorial: true } }
      : {}),
    ...(options.headline?.trim() ? {} : { draft: true }),
    ...(leadFigure === undefined ? {} : { leadFigure }),
    figures,
    sections,
    ...(endNote === undefined ? {} : { endNote }),
  };
  entries.push({
    kind: 'generated',
    message: options.headline?.trim()
      ? `article slug "${edition.slug}" proposed from the headline`
      : 'no headline given: the article is a draft (listed by the build, not published) until an editor writes one',
  });
  entries.push(...findSlips(checked, options.isWord));
  records.sort((a, b) => a.line - b.line);
  entries.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { edition, report: { lines: records, entries } };
}

/** A last paragraph that stops mid-sentence keeps its fragment, ends in "…" and is noted. */
function markBrokenEnding(
  sections: ArticleSection[],
  records: LineRecord[],
  entries: ReportEntry[],
): Article['endNote'] {
  const lastSection = sections.at(-1);
  const last: ArticleBlock | undefined = lastSection?.blocks.at(-1);
  if (last?.type !== 'paragraph') return undefined;
  const ellipsis = unfinishedEllipsis.test(last.text);
  if (!ellipsis && finished.test(last.text)) return undefined;
  const lineRecord = records.find((r) =>
    r.fields.includes(
      `sections.${sections.length - 1}.blocks.${(lastSection?.blocks.length ?? 0) - 1}.text`,
    ),
  );
  last.truncated = true;
  // An ellipsis the source has stays as it is: the edition changes no character of the source.
  if (!ellipsis) {
    last.text = `${last.text} …`;
    lineRecord?.added.push('…');
  }
  entries.push({
    ...(lineRecord ? { line: lineRecord.line } : {}),
    kind: 'guess',
    message: ellipsis
      ? 'the text ends on an ellipsis: taken as broken off (marked truncated, noted at the end)'
      : 'the text breaks off mid-sentence: the fragment is kept, ended with "…" and noted at the end',
  });
  return {
    text: 'Die Vorlage bricht an dieser Stelle mitten im Satz ab; der Rest des Textes fehlt.',
    editorial: true,
  };
}
