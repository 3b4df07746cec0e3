import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { decodeSource, ImportInputError } from './decode-source';
import { loadGermanSpelling } from './german-spelling';
import { EmptySourceError, importArticle } from './import-article';
import { checkArticleId, writeImport } from './write-import';

const usage =
  'usage: npm run import -- FILE --id ID [--headline TEXT] [--standfirst TEXT] [--content-dir DIR] [--no-spelling]';

interface Io {
  /** Where FILE is looked up: the directory npm was run from. */
  cwd: string;
  /** The repository, which --content-dir is relative to. */
  root: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** `npm run import`: returns the exit code; writes nothing unless the whole import succeeds. */
export async function runImport(argv: string[], io: Io): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        id: { type: 'string' },
        headline: { type: 'string' },
        standfirst: { type: 'string' },
        'content-dir': { type: 'string' },
        // Skips the dictionary (15 s to load): spacing and punctuation slips are still reported.
        'no-spelling': { type: 'boolean' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const [file, ...extra] = args.positionals;
  const { id, headline, standfirst } = args.values;
  if (file === undefined || extra.length > 0 || id === undefined) {
    io.err(usage);
    return 2;
  }
  const contentDir = path.resolve(io.root, args.values['content-dir'] ?? 'src/content');
  try {
    checkArticleId(contentDir, id, file);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path.resolve(io.cwd, file));
    } catch (error) {
      throw new ImportInputError(file, `cannot be read (${(error as NodeJS.ErrnoException).code})`);
    }
    const text = decodeSource(bytes, file);
    const result = importArticle(text, {
      id,
      ...(args.values['no-spelling'] ? {} : { isWord: loadGermanSpelling() }),
      ...(headline === undefined ? {} : { headline }),
      ...(standfirst === undefined ? {} : { standfirst }),
    });
    const target = await writeImport({
      contentDir,
      id,
      sourceName: path.basename(file),
      bytes,
      result,
    });
    const { entries } = result.report;
    const count = (kind: string) => entries.filter((e) => e.kind === kind).length;
    io.out(
      `Imported ${file} into ${path.relative(io.root, target) || target}: ` +
        `${result.edition.sections.length} sections, ${Object.keys(result.edition.figures).length} photos; ` +
        `${count('guess')} guesses and ${count('slip')} likely slips in import-report.md.` +
        (result.edition.draft ? ' No headline: a draft, not published until it has one.' : ''),
    );
    return 0;
  } catch (error) {
    if (error instanceof ImportInputError) io.err(error.message);
    else if (error instanceof EmptySourceError) io.err(`${file}: has no text`);
    else throw error;
    return 1;
  }
}

// Run as a script (tsx src/importer/cli.ts …), not when a test imports runImport.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runImport(process.argv.slice(2), {
    // npm runs scripts in the package root and names the caller's directory INIT_CWD.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    root: process.cwd(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
