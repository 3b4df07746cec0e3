/** What became of one source line. Every line of the source has exactly one record. */
export interface LineRecord {
  line: number;
  role: 'blank' | 'heading' | 'paragraph' | 'figure-alt' | 'figure-caption';
  /** Dot paths into the edition holding the line's text, e.g. `figures.figure-1.alt`. */
  fields: string[];
  /** Taken off the line as markup, in neither field: brackets around a credit, "Foto:". */
  markup: string[];
  /** Text of the line the edition does not hold and the report quotes (a second, different credit). */
  inReport: string[];
  /** Added by the importer, not in the source: the "…" of a broken-off ending. */
  added: string[];
}

export type EntryKind = 'guess' | 'generated' | 'slip' | 'note';

/** A guess the importer made, an id it proposed, or a likely slip for an editor to look at. */
export interface ReportEntry {
  /** 1-based source line; absent for what concerns the whole article. */
  line?: number;
  kind: EntryKind;
  message: string;
}

export interface ImportReport {
  lines: LineRecord[];
  entries: ReportEntry[];
}
