// @vitest-environment node
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findContentImages, imageName, imageNamesIn, isContentImagePath } from './image-discovery';

describe('imageName', () => {
  it('is the file name without its extension, for the formats images come in', () => {
    expect(imageName('lead.svg')).toBe('lead');
    expect(imageName('photo.final.JPEG')).toBe('photo.final');
    expect(imageName('chart.webp')).toBe('chart');
  });

  it('is nothing for other files and hidden files', () => {
    expect(imageName('notes.txt')).toBeUndefined();
    expect(imageName('lead.gif')).toBeUndefined();
    expect(imageName('.lead.png')).toBeUndefined();
  });
});

describe('isContentImagePath', () => {
  it('accepts only an image directly in an article’s images folder', () => {
    expect(isContentImagePath('alpha/images/lead.png')).toBe(true);
    expect(isContentImagePath('alpha/images/notes.txt')).toBe(false);
    expect(isContentImagePath('alpha/lead.png')).toBe(false);
    expect(isContentImagePath('alpha/images/old/lead.png')).toBe(false);
    expect(isContentImagePath('../alpha/images/lead.png')).toBe(false);
  });
});

describe('findContentImages', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'image-discovery-test-'));
    for (const file of [
      'beta/images/chart.svg',
      'alpha/images/lead.png',
      'alpha/images/notes.txt',
      'alpha/images/.hidden.png',
      'alpha/lead.png',
      '.drafts/images/x.png',
    ]) {
      await mkdir(path.dirname(path.join(root, file)), { recursive: true });
      await writeFile(path.join(root, file), '');
    }
    await mkdir(path.join(root, 'alpha/images/folder.png'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('keys every article’s images by imageKey, sorted, and skips everything else', async () => {
    expect(await findContentImages(root)).toEqual([
      { key: 'alpha/lead', file: path.join(root, 'alpha/images/lead.png') },
      { key: 'beta/chart', file: path.join(root, 'beta/images/chart.svg') },
    ]);
  });

  it('finds nothing in a folder that does not exist', async () => {
    expect(await findContentImages(path.join(root, 'missing'))).toEqual([]);
  });

  it('lists the image names of one article’s folder, as its figures name them', () => {
    expect(imageNamesIn(path.join(root, 'alpha/images'))).toEqual(new Set(['lead']));
    expect(imageNamesIn(path.join(root, 'gamma/images'))).toEqual(new Set());
  });
});
