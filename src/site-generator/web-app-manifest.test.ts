// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import ui from '../i18n/locales/de.json';
import { manifestURL } from '../app/offline/register-service-worker';
import { appColours, appleTouchIcon, manifestFile, webAppManifest } from './web-app-manifest';

// The light colours, wherever the stylesheets define them (plain, or the first of light-dark()).
const styles = ['base.css', 'themes.css']
  .map((name) => path.join(import.meta.dirname, '..', 'app', 'styles', name))
  .filter((file) => existsSync(file))
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n');
const cssVariable = (name: string) =>
  new RegExp(`${name}:\\s*(?:light-dark\\(\\s*)?(#[0-9a-f]{3,8})\\b`, 'i')
    .exec(styles)?.[1]
    ?.toLowerCase();

describe('webAppManifest', () => {
  const manifest = webAppManifest();

  it('installs the reader in German, starting at / in its own window', () => {
    expect(manifest).toMatchObject({
      name: ui.site.name,
      lang: 'de',
      start_url: '/',
      scope: '/',
      display: 'standalone',
    });
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  });

  it('uses the light colours of the page stylesheets', () => {
    expect(appColours.paper).toBe(cssVariable('--paper'));
    expect(appColours.accent).toBe(cssVariable('--accent'));
    expect(manifest.background_color).toBe(appColours.paper);
    expect(manifest.theme_color).toBe(appColours.paper);
  });

  it('has 192 and 512 px icons and a maskable 512 px one, all under /icons/', () => {
    expect(manifest.icons.map(({ sizes, purpose }) => `${sizes} ${purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      expect(icon.src).toMatch(/^\/icons\/[a-z0-9-]+\.png$/);
      expect(icon.type).toBe('image/png');
    }
  });

  it('names the apple-touch-icon that index.html links to', () => {
    const indexHtml = readFileSync(
      path.join(import.meta.dirname, '..', '..', 'index.html'),
      'utf8',
    );
    expect(indexHtml).toContain(`<link rel="apple-touch-icon" href="/${appleTouchIcon.file}" />`);
    // The manifest itself is linked by the app, with the service worker (see linkManifest).
    expect(indexHtml).not.toContain('rel="manifest"');
    expect(manifestURL).toBe(`/${manifestFile}`);
    expect(appleTouchIcon.size).toBe(180);
  });
});
