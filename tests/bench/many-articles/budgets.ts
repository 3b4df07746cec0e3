import type { BudgetResult } from '../budgets.ts';
import { frontCardsPerPage } from '../../../src/routing/front-pages.ts';
import { kib } from '../table.ts';
import type { SiteBuildFigures } from './site-scale.ts';

// Budgets on the many-articles builds: sizes only (build times are reported, never judged).

/** The front's first page, gzip: the same HTML budget as every page (tests/build/budgets.test.ts). */
export const frontHtmlBudget = 30 * 1024;

/**
 * The background download after a first visit, however large the archive: the app, the fronts,
 * the feeds and the articles of each front's first page (src/site-generator/offline-set.ts).
 * Without that bound, 200 articles made it 37 MiB.
 */
export const precacheBudget = 8 * 1024 * 1024;

export interface UnknownPage {
  path: string;
  status: number;
}

const pagesFor = (cards: number) => Math.max(1, Math.ceil(cards / frontCardsPerPage));

export function siteScaleBudgets(
  builds: readonly SiteBuildFigures[],
  /** How many articles each edition has in a build of `articles`. */
  editions: (articles: number) => { de: number; en: number },
  unknownPages: readonly UnknownPage[],
): BudgetResult[] {
  const first = builds[0];
  const last = builds.at(-1);
  if (!first || !last) return [];
  const results: BudgetResult[] = [];
  // Text is data, not code: more articles must not load more JavaScript up front.
  for (const [name, pick] of [
    ['article', (b: SiteBuildFigures) => b.articleJsGzip],
    ['front', (b: SiteBuildFigures) => b.frontJsGzip],
  ] as const) {
    results.push({
      name: `first-view JS flat with article count: ${name}`,
      measured: `${kib(pick(last))} at ${last.articles} vs ${kib(pick(first))} at ${first.articles} (gzip)`,
      limit: `≤ ${first.articles}-article site + 5 %`,
      pass: pick(last) <= pick(first) * 1.05,
    });
  }
  for (const build of builds) {
    results.push({
      name: `front page HTML, ${build.articles} article(s)`,
      measured: `${kib(build.frontHtmlGzip)} (gzip); pages de ${build.frontPages.de}, en ${build.frontPages.en}`,
      limit: `≤ ${kib(frontHtmlBudget)}; ${frontCardsPerPage} cards a page`,
      pass:
        build.frontHtmlGzip <= frontHtmlBudget &&
        build.frontPages.de === pagesFor(editions(build.articles).de) &&
        build.frontPages.en === pagesFor(editions(build.articles).en),
    });
  }
  results.push({
    name: `precache download, ${last.articles} articles`,
    measured: `${kib(last.precache.bytes)} in ${last.precache.files} files (${first.articles} article(s): ${kib(first.precache.bytes)})`,
    limit: `≤ ${kib(precacheBudget)}`,
    pass: last.precache.bytes <= precacheBudget,
  });
  for (const page of unknownPages) {
    results.push({
      name: `unknown front page ${page.path}`,
      measured: String(page.status),
      limit: '404',
      pass: page.status === 404,
    });
  }
  return results;
}
