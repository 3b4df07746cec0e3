// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  editionChunkFiles,
  editionPreloadLinks,
  pageChunkUrls,
  type ViteManifest,
} from './edition-preloads';

// A client manifest as Vite writes it: an edition chunk importing its article's renditions, which
// the other language's edition shares; the entry, which no page may preload.
const manifest: ViteManifest = {
  'index.html': { file: 'assets/index-e1.js', isEntry: true },
  'src/i18n/locales/de.json': { file: 'assets/de-ui.js' },
  'virtual:edition/a/de': { file: 'assets/de-a.js', imports: ['_images-a.js'] },
  'virtual:edition/a/en': { file: 'assets/en-a.js', imports: ['_images-a.js'] },
  '_images-a.js': { file: 'assets/a-images.js' },
  'virtual:front-page/de/1': { file: 'assets/1-de.js', imports: ['_images-a.js'] },
};

describe('editionChunkFiles', () => {
  it('gives each source chunk and what it imports, once', () => {
    expect(
      editionChunkFiles(manifest, [
        'src/i18n/locales/de.json',
        'virtual:edition/a/de',
        'virtual:front-page/de/1',
      ]),
    ).toEqual(['assets/de-ui.js', 'assets/de-a.js', 'assets/a-images.js', 'assets/1-de.js']);
  });

  it('fails naming a source the build did not make', () => {
    expect(() => editionChunkFiles(manifest, ['virtual:edition/b/de'])).toThrow(
      'virtual:edition/b/de',
    );
  });
});

describe('pageChunkUrls', () => {
  it("gives each of the page's data chunks its URL under its key", () => {
    expect(
      pageChunkUrls(manifest, { 'a/de': 'virtual:edition/a/de', 'a/en': 'virtual:edition/a/en' }),
    ).toEqual({ 'a/de': '/assets/de-a.js', 'a/en': '/assets/en-a.js' });
  });

  it('fails naming a chunk the manifest does not have, so no page names a missing file', () => {
    expect(() => pageChunkUrls(manifest, { 'b/de': 'virtual:edition/b/de' })).toThrow(
      "Vite's manifest has no chunk for virtual:edition/b/de",
    );
  });
});

describe('editionPreloadLinks', () => {
  it("holds the page's data preloads in a template, for the boot script to start with the app", () => {
    expect(editionPreloadLinks(['assets/de-a.js', 'assets/a-images.js'])).toBe(
      '<template id="app-preloads">' +
        '<link rel="modulepreload" href="/assets/de-a.js">' +
        '<link rel="modulepreload" href="/assets/a-images.js">' +
        '</template>',
    );
  });

  it('writes nothing for a page without data chunks', () => {
    expect(editionPreloadLinks([])).toBe('');
  });
});
