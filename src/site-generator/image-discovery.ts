/** Which files are content images, and the key each one is known by. */
import { readdirSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { imageKey } from '../article/model/image-key';

/** The source formats an image may come in (anything sharp reads well). */
export const IMAGE_EXTENSIONS = ['svg', 'jpg', 'jpeg', 'png', 'webp'] as const;

const SOURCE_FILE_RE = new RegExp(`\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');

/** `"lead.svg"` → `"lead"`: the name a figure's `image` field gives; `undefined` if no image. */
export function imageName(fileName: string): string | undefined {
  if (fileName.startsWith('.') || !SOURCE_FILE_RE.test(fileName)) return undefined;
  return fileName.slice(0, fileName.lastIndexOf('.'));
}

/** `"<article>/images/<image file>"`, relative to the content folder: a content image. */
export function isContentImagePath(relativePosixPath: string): boolean {
  return /^[^/]+\/images\/[^/]+$/.test(relativePosixPath) && SOURCE_FILE_RE.test(relativePosixPath);
}

async function listDir(dir: string) {
  try {
    return await readdir(dir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Finds `<contentDir>/<article>/images/<name>.<svg|jpg|jpeg|png|webp>`, sorted, with their keys. */
export async function findContentImages(contentDir: string) {
  const found: { key: string; file: string }[] = [];
  for (const article of await listDir(contentDir)) {
    if (!article.isDirectory() || article.name.startsWith('.')) continue;
    const imagesDir = path.join(contentDir, article.name, 'images');
    for (const entry of await listDir(imagesDir)) {
      const name = imageName(entry.name);
      if (name === undefined || !entry.isFile()) continue;
      found.push({ key: imageKey(article.name, name), file: path.join(imagesDir, entry.name) });
    }
  }
  return found.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.file < b.file ? -1 : 1));
}

/** The image names (`imageName`) in one article's `images/` folder; none if it does not exist. */
export function imageNamesIn(imagesDir: string): Set<string> {
  let entries;
  try {
    entries = readdirSync(imagesDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Set();
    throw error;
  }
  const names = entries.filter((entry) => entry.isFile()).map((entry) => imageName(entry.name));
  return new Set(names.filter((name) => name !== undefined));
}
