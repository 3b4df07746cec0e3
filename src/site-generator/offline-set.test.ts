// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { ResponsiveImage } from '../article/picture/responsive-image';
import type { ViteManifest } from './edition-preloads';
import { leftOutOfPrecache, type OfflineSetInput } from './offline-set';

const image = (name: string): ResponsiveImage => ({
  width: 1600,
  height: 900,
  src: `/assets/img/${name}-1600w.jpg`,
  sources: [
    {
      type: 'image/avif',
      srcset: `/assets/img/${name}-800w.avif 800w, /assets/img/${name}-1200w.avif 1200w`,
    },
    { type: 'image/jpeg', srcset: `/assets/img/${name}-800w.jpg 800w` },
  ],
  og: { src: `/assets/img/${name}-og.jpg`, width: 1200, height: 630 },
});

const manifest: ViteManifest = {
  'virtual:edition/new/de': { file: 'assets/de-new.js', imports: ['_shared.js', '_new-img.js'] },
  'virtual:edition/new/en': { file: 'assets/en-new.js', imports: ['_shared.js', '_new-img.js'] },
  'virtual:edition/old/de': { file: 'assets/de-old.js', imports: ['_shared.js', '_old-img.js'] },
  '_shared.js': { file: 'assets/shared.js' },
  '_new-img.js': { file: 'assets/new-img.js' },
  '_old-img.js': { file: 'assets/old-img.js' },
};

const input: OfflineSetInput = {
  pages: [
    { file: 'de/index.html', articles: [] },
    { file: 'de/neu/index.html', articles: ['new'] },
    { file: 'de/alt/index.html', articles: ['old'] },
    { file: 'de/alt/teil/index.html', articles: ['old'] },
    { file: 'de-en/neu/index.html', articles: ['new', 'new'] },
  ],
  editionModules: new Map([
    ['new', ['virtual:edition/new/de', 'virtual:edition/new/en']],
    ['old', ['virtual:edition/old/de']],
  ]),
  kept: new Set(['new']),
  images: { 'new/lead': image('new-lead'), 'old/lead': image('old-lead') },
  manifest,
};

describe('leftOutOfPrecache', () => {
  it("leaves out an older article's pages, text chunk and images, and nothing the kept ones need", () => {
    expect(leftOutOfPrecache(input).sort()).toEqual(
      [
        'de/alt/index.html',
        'de/alt/teil/index.html',
        'assets/de-old.js',
        'assets/old-img.js',
        'assets/img/old-lead-1600w.jpg',
        'assets/img/old-lead-800w.avif',
        'assets/img/old-lead-1200w.avif',
        'assets/img/old-lead-800w.jpg',
        'assets/img/old-lead-og.jpg',
      ].sort(),
    );
  });

  it('leaves out nothing when every article is kept', () => {
    expect(leftOutOfPrecache({ ...input, kept: new Set(['new', 'old']) })).toEqual([]);
  });
});
