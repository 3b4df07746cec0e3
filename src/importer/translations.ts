import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseArticle } from '../article/model/parse-article';
import type { Article } from '../article/model/schema';
import {
  germanTextHash,
  translatableBlocks,
  translationStatus,
  type ArticleTranslation,
} from '../article/model/translation-status';

const readEdition = (file: string, label: string): Article =>
  parseArticle(JSON.parse(readFileSync(file, 'utf8')), label);

/** The translation state of every article in the content folder, block by block. */
export function readTranslations(root: string, contentDir = 'src/content'): ArticleTranslation[] {
  const dir = path.join(root, contentDir);
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort()
    .map((id) => {
      const de = readEdition(path.join(dir, id, 'de.json'), `${contentDir}/${id}/de.json`);
      const enFile = path.join(dir, id, 'en.json');
      const en = existsSync(enFile)
        ? readEdition(enFile, `${contentDir}/${id}/en.json`)
        : undefined;
      return {
        id,
        draft: de.draft === true,
        english: en !== undefined,
        blocks: translationStatus(de, en),
      };
    });
}

type Json = Record<string, unknown>;

/**
 * `object` with `sourceHash` set before the key `before` (or first), other keys in their order:
 * stamping adds a line to en.json and changes none, so it merges with edits of the English.
 */
function withHash(object: Json, hash: string, before?: string): Json {
  const entries = Object.entries(object).filter(([key]) => key !== 'sourceHash');
  const at = before === undefined ? 0 : entries.findIndex(([key]) => key === before);
  entries.splice(at === -1 ? 0 : at, 0, ['sourceHash', hash]);
  return Object.fromEntries(entries);
}

/**
 * Marks every block the English edition has as translated from the German text as it is now:
 * writes the German text's hash into each English block (the raw resource, key order kept).
 * Run it when a translation has been written or checked against the current German.
 */
export function stampTranslation(de: Article, enRaw: Json): Json {
  const hashes = new Map(translatableBlocks(de).map((b) => [b.key, germanTextHash(b.text)]));
  const stamp = (key: string, object: unknown, before?: string) => {
    const hash = hashes.get(key);
    return hash === undefined || object === null || typeof object !== 'object'
      ? object
      : withHash(object as Json, hash, before);
  };
  const figures = Object.fromEntries(
    Object.entries((enRaw.figures ?? {}) as Json).map(([id, f]) => [id, stamp(`figure:${id}`, f)]),
  );
  const sections = ((enRaw.sections ?? []) as Json[]).map((section) => {
    const blocks = ((section.blocks ?? []) as Json[]).map((block) =>
      block.type === 'paragraph' ? stamp(`paragraph:${String(block.id)}`, block, 'text') : block,
    );
    return stamp(`section:${String(section.id)}`, { ...section, blocks }, 'blocks');
  });
  return Object.fromEntries(
    Object.entries(enRaw).map(([key, value]) => {
      if (key === 'headline' || key === 'standfirst' || key === 'endNote') {
        return [key, stamp(key, value)];
      }
      if (key === 'figures') return [key, figures];
      if (key === 'sections') return [key, sections];
      return [key, value];
    }),
  );
}
