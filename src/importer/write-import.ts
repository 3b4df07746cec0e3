import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { format } from 'prettier';
import { ImportInputError } from './decode-source';
import type { ImportResult } from './import-article';
import { renderReport } from './render-report';
import { standInSvg } from './stand-in-svg';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Refuses an id the content folder cannot take: not an ASCII id, or an article that exists. */
export function checkArticleId(contentDir: string, id: string, file: string): void {
  if (!idPattern.test(id)) {
    throw new ImportInputError(
      file,
      `--id "${id}" must be a lower-case ASCII id (a-z, 0-9, hyphens)`,
    );
  }
  if (existsSync(path.join(contentDir, id))) {
    throw new ImportInputError(file, `an article with the id "${id}" exists already (${id}/)`);
  }
}

interface WriteOptions {
  contentDir: string;
  id: string;
  /** The file as the user named it, for the report. */
  sourceName: string;
  bytes: Uint8Array;
  result: ImportResult;
}

/**
 * Writes `<contentDir>/<id>/`: the source as it is, de.json, a stand-in per photo and the report.
 * Everything is written to a temporary folder beside it and renamed into place in one step, so a
 * failure leaves nothing behind (the dot keeps the build from reading a half-written folder).
 */
export async function writeImport({ contentDir, id, sourceName, bytes, result }: WriteOptions) {
  const target = path.join(contentDir, id);
  await mkdir(contentDir, { recursive: true });
  const temp = await mkdtemp(path.join(contentDir, `.import-${id}-`));
  try {
    await mkdir(path.join(temp, 'source'));
    await writeFile(path.join(temp, 'source', 'article-de.txt'), bytes);
    // Formatted as the repository's own files are, so `npm run lint` accepts them as written.
    await writeFile(
      path.join(temp, 'de.json'),
      await format(JSON.stringify(result.edition, null, 2), { parser: 'json' }),
    );
    const figures = Object.entries(result.edition.figures);
    if (figures.length > 0) await mkdir(path.join(temp, 'images'));
    for (const [figureId, figure] of figures) {
      await writeFile(
        path.join(temp, 'images', `${figure.image}.svg`),
        standInSvg(figureId, figure.alt),
      );
    }
    await writeFile(
      path.join(temp, 'import-report.md'),
      await format(renderReport(result.report, sourceName, id), { parser: 'markdown' }),
    );
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  return target;
}
