import ui from '../i18n/locales/de.json';

// The web app manifest that makes the reader installable. German is the source language and the
// default edition, so the installed app is named in German; `start_url` is `/`, which sends each
// reader on to the edition they read last (or their browser's language).

/** The light `--paper` and `--accent` of the page's stylesheets (a test keeps them in step). */
export const appColours = { paper: '#fbfaf7', accent: '#1d4e89' } as const;

export interface ManifestIcon {
  src: string;
  sizes: string;
  type: 'image/png';
  purpose: 'any' | 'maskable';
}

/** The PNG icons the build rasterises from `app-icon.svg`, by file under the site root. */
export interface AppIconSpec {
  file: string;
  size: number;
  purpose: 'any' | 'maskable';
  /**
   * `full-bleed`: an opaque square for platforms that cut their own shape out of it (maskable,
   * iOS); `inset` also shrinks the motif into the maskable safe zone. `own` keeps the rounded tile.
   */
  shape: 'own' | 'full-bleed' | 'inset';
}

export const manifestIcons: readonly AppIconSpec[] = [
  { file: 'icons/icon-192.png', size: 192, purpose: 'any', shape: 'own' },
  { file: 'icons/icon-512.png', size: 512, purpose: 'any', shape: 'own' },
  { file: 'icons/icon-maskable-512.png', size: 512, purpose: 'maskable', shape: 'inset' },
];

/** iOS ignores the manifest's icons and rounds this one itself (transparency turns black). */
export const appleTouchIcon: AppIconSpec = {
  file: 'icons/apple-touch-icon.png',
  size: 180,
  purpose: 'any',
  shape: 'full-bleed',
};

export const manifestFile = 'manifest.webmanifest';

export function webAppManifest() {
  return {
    id: '/',
    name: ui.site.name,
    // Shown under the home-screen icon, where about a dozen characters fit.
    short_name: 'Nachrichten',
    description: ui.footer.about,
    lang: 'de',
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    // The page's own `<meta name="theme-color">` is the paper colour too: the same value here
    // avoids a flash of another colour in the title bar while the installed app starts.
    theme_color: appColours.paper,
    background_color: appColours.paper,
    categories: ['news'],
    icons: manifestIcons.map((icon): ManifestIcon => ({
      src: `/${icon.file}`,
      sizes: `${icon.size}x${icon.size}`,
      type: 'image/png',
      purpose: icon.purpose,
    })),
  };
}
