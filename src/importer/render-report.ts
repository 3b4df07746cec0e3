import type { ImportReport } from './report';

const heading: Record<string, string> = {
  guess: 'Guesses (check each)',
  slip: 'Likely slips (apply through corrections.json, never by hand in de.json)',
  generated: 'Generated (ids and editorial stand-ins: change them in de.json before publishing)',
  note: 'Notes',
};

/** The import report for editors, as Markdown: every guess and slip with its source line. */
export function renderReport(report: ImportReport, sourceName: string, id: string): string {
  const out = [
    `# Import report: ${id}`,
    '',
    `Source: \`${sourceName}\`, copied to \`source/article-de.txt\` as it is. ${report.lines.length} lines: ` +
      (['heading', 'paragraph', 'figure-alt', 'figure-caption', 'blank'] as const)
        .map((role) => `${report.lines.filter((l) => l.role === role).length} ${role}`)
        .join(', ') +
      '.',
  ];
  for (const kind of ['guess', 'slip', 'generated', 'note'] as const) {
    const entries = report.entries.filter((e) => e.kind === kind);
    if (entries.length === 0) continue;
    out.push('', `## ${heading[kind]}`, '');
    for (const e of entries) {
      out.push(`- ${e.line === undefined ? 'article' : `line ${e.line}`}: ${e.message}`);
    }
  }
  out.push('', '## Every line', '', '| Line | Became | Where |', '| --- | --- | --- |');
  for (const l of report.lines) {
    out.push(`| ${l.line} | ${l.role} | ${l.fields.map((f) => `\`${f}\``).join(', ') || '–'} |`);
  }
  return `${out.join('\n')}\n`;
}
