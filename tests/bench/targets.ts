import { readFileSync } from 'node:fs';
import { longSlugs } from './long-article/fixture.ts';
import type { BenchPage } from './page-runs.ts';

// What is measured, and where the builds go (under build/, which is gitignored; never dist/).
// Slugs are read from the content, so renaming an article or section does not break the bench.

const edition = (lang: 'de' | 'en') =>
  JSON.parse(readFileSync(`src/content/us-china-cyber/${lang}.json`, 'utf8')) as {
    slug: string;
    sections: { slug: string }[];
  };

export function benchPages(): { deArticle: BenchPage; pages: BenchPage[] } {
  const de = edition('de');
  const deArticle: BenchPage = { name: 'de article', path: `/de/${de.slug}`, kind: 'article' };
  const pages: BenchPage[] = [
    deArticle,
    { name: 'en article', path: `/en/${edition('en').slug}`, kind: 'article' },
    // The first titled section: angriffe-gegen-atomkraftwerke.
    { name: 'de section', path: `/de/${de.slug}/${de.sections[1]?.slug}`, kind: 'section' },
  ];
  return { deArticle, pages };
}

export const longPath = `/de/${longSlugs.de}`;

export const dirs = {
  site: 'build/bench/site',
  floor: 'build/bench/floor',
  long: 'build/bench/long-dist',
};

/** The build of the site with `count` articles (tests/bench/many-articles). */
export const manyDir = (count: number) => `build/bench/many-${count}`;
