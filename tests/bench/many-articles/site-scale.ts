import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { firstView, precacheDownload, total } from '../../support/built-site.ts';
import { contentFixture } from '../../support/content-fixture.ts';
import { buildSite, freePort } from '../build-site.ts';
import { onInterrupt } from '../cleanup.ts';
import { writeManyArticles } from './fixture.ts';

// How the site scales with the number of articles: the real article plus synthetic ones, built
// from a content folder in the OS temp dir (READER_CONTENT_DIR), so nothing of it can be committed
// or shipped. Times are reported; sizes, which are stable, are the budgets.

export interface SiteBuildFigures {
  articles: number;
  buildSeconds: number;
  /** First-view JS (gzip) of the real German article's page and of the German front. */
  articleJsGzip: number;
  frontJsGzip: number;
  /** The German front's first page, gzip, and how many pages each front has. */
  frontHtmlGzip: number;
  frontPages: { de: number; en: number };
  /** What the service worker downloads after a first visit (gzip for text): files and bytes. */
  precache: { files: number; bytes: number };
}

export interface SiteScale {
  builds: SiteBuildFigures[];
  /** The largest build, kept for Lighthouse: its folder and the origin it was built for. */
  largest: { dir: string; port: number };
}

/** Seconds each added article costs between successive builds: about equal when linear. */
export function secondsPerArticle(builds: readonly SiteBuildFigures[]): number[] {
  return builds.slice(1).map((build, i) => {
    const before = builds[i] as SiteBuildFigures;
    return (build.buildSeconds - before.buildSeconds) / (build.articles - before.articles);
  });
}

/** Front pages a built site has for `lang`: the first plus its numbered later pages. */
function frontPageCount(dir: string, lang: 'de' | 'en'): number {
  const later = path.join(dir, lang, lang === 'de' ? 'seite' : 'page');
  if (!existsSync(later)) return 1;
  return 1 + readdirSync(later, { withFileTypes: true }).filter((e) => e.isDirectory()).length;
}

function measure(dir: string, articles: number, buildSeconds: number, articlePath: string) {
  const front = firstView(dir, '/de');
  return {
    articles,
    buildSeconds,
    articleJsGzip: total(firstView(dir, articlePath).scripts, 'gzip'),
    frontJsGzip: total(front.scripts, 'gzip'),
    frontHtmlGzip: front.html.gzip,
    frontPages: { de: frontPageCount(dir, 'de'), en: frontPageCount(dir, 'en') },
    precache: precacheDownload(dir),
  };
}

/**
 * Builds the site with each count of articles (ascending) and measures it; every build but the
 * largest is removed once measured. `articlePath` is the real article's German page.
 */
export async function measureSiteScale(
  counts: readonly number[],
  articlePath: string,
  outDir: (count: number) => string,
  progress: (text: string) => void,
): Promise<SiteScale> {
  const builds: SiteBuildFigures[] = [];
  let largest = { dir: '', port: 0 };
  for (const [i, count] of counts.entries()) {
    const fixture = contentFixture('reader-many-');
    const unregister = onInterrupt(fixture.remove);
    const dir = outDir(count);
    const port = await freePort();
    try {
      writeManyArticles(fixture.dir, count);
      const started = Date.now();
      await buildSite({ outDir: dir, origin: `http://127.0.0.1:${port}`, contentDir: fixture.dir });
      const seconds = (Date.now() - started) / 1000;
      builds.push(measure(dir, count, Math.round(seconds * 10) / 10, articlePath));
      progress(`${count} article(s): ${seconds.toFixed(1)} s`);
    } finally {
      fixture.remove();
      unregister();
    }
    rmSync(`${dir}-server`, { recursive: true, force: true });
    if (i < counts.length - 1) rmSync(dir, { recursive: true, force: true });
    else largest = { dir, port };
  }
  return { builds, largest };
}
