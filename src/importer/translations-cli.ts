import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { format } from 'prettier';
import { parseArticle } from '../article/model/parse-article';
import { readTranslations, stampTranslation } from './translations';

interface Io {
  root: string;
  out: (line: string) => void;
  err: (line: string) => void;
}

const usage = 'usage: npm run translations [-- --stamp ID] [--content-dir DIR]';

/**
 * `npm run translations`: per article and block, translated / missing / stale. `--stamp ID`
 * records that article's English as translated from the German as it is now.
 */
export async function runTranslations(argv: string[], io: Io): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { stamp: { type: 'string' }, 'content-dir': { type: 'string' } },
    }));
  } catch (error) {
    io.err(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  const contentDir = values['content-dir'] ?? 'src/content';
  if (values.stamp !== undefined) {
    const dir = path.resolve(io.root, contentDir, values.stamp);
    const label = (lang: string) => `${contentDir}/${values.stamp}/${lang}.json`;
    let de, enRaw;
    try {
      de = parseArticle(JSON.parse(readFileSync(path.join(dir, 'de.json'), 'utf8')), label('de'));
      enRaw = JSON.parse(readFileSync(path.join(dir, 'en.json'), 'utf8')) as Record<
        string,
        unknown
      >;
    } catch (error) {
      io.err(`${values.stamp}: ${(error as Error).message}`);
      return 1;
    }
    const stamped = stampTranslation(de, enRaw);
    parseArticle(stamped, label('en'));
    writeFileSync(
      path.join(dir, 'en.json'),
      await format(JSON.stringify(stamped, null, 2), { parser: 'json' }),
    );
    io.out(`${label('en')}: every English block now records the German it was translated from.`);
  }
  for (const article of readTranslations(io.root, contentDir)) {
    const count = (status: string) => article.blocks.filter((b) => b.status === status).length;
    // Without en.json a published article is German only (#15); a draft is not published at all.
    const english = article.english
      ? ''
      : article.draft
        ? ' (no English edition)'
        : ' (German only)';
    io.out(
      `${article.id}${article.draft ? ' (draft)' : ''}${english}: ` +
        `${count('translated')} translated, ${count('missing')} missing, ${count('stale')} stale`,
    );
    for (const block of article.blocks) io.out(`  ${block.status.padEnd(10)} ${block.key}`);
  }
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await runTranslations(process.argv.slice(2), {
    root: process.cwd(),
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
