import type { Lang } from '../i18n/languages';
import { escapeHtml } from '../shared/escape-html';

export interface HeadImage {
  /** Root-relative path; made absolute with the origin. */
  path: string;
  width: number;
  height: number;
  alt: string;
}

export interface HeadInput {
  lang: Lang;
  title: string;
  /** The title in link previews, without the site's name (og:title, twitter:title). */
  socialTitle?: string;
  description?: string;
  /** Absolute origin of the site, e.g. https://reader.example (no trailing slash). */
  origin: string;
  siteName: string;
  /** Path of this page; omitted for pages that must not be indexed (not-found). */
  canonicalPath?: string;
  /** The same page in each language, for hreflang; `x-default` goes to the German source. */
  alternates?: Partial<Record<Lang, string>>;
  type?: 'article' | 'website';
  /** The previous and next page of a paginated series (a front's pages), as `rel=prev/next`. */
  pagination?: { prev?: string; next?: string };
  image?: HeadImage;
  /** Structured data, emitted as JSON-LD (data, not script: no CSP exception needed). */
  jsonLd?: unknown;
  /** Feeds to advertise (Atom autodiscovery), the page language's first. */
  feeds?: readonly { lang: Lang; title: string; path: string }[];
}

const ogLocale: Record<Lang, string> = { de: 'de_DE', en: 'en_US' };

/** JSON that cannot end its script element early. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
}

/** The `<head>` tags of a prerendered page, in its language. */
export function renderHead(input: HeadInput): string {
  const url = (path: string) => escapeHtml(`${input.origin}${path}`);
  const meta = (key: 'name' | 'property', name: string, content: string) =>
    `<meta ${key}="${name}" content="${escapeHtml(content)}">`;
  const tags = [`<title>${escapeHtml(input.title)}</title>`];
  if (input.description !== undefined) tags.push(meta('name', 'description', input.description));
  // Every page, the not-found pages too: a feed reader given any address of the site finds the
  // feeds. The page language's feed comes first, as readers that subscribe to one take the first.
  // No hreflang: search engines read `alternate` + hreflang as the page's translations, and a
  // feed is not one (it would break the hreflang cluster); the title names the feed's language.
  for (const feed of input.feeds ?? []) {
    tags.push(
      `<link rel="alternate" type="application/atom+xml" title="${escapeHtml(feed.title)}" href="${url(feed.path)}">`,
    );
  }
  if (input.canonicalPath === undefined) {
    tags.push(meta('name', 'robots', 'noindex'));
    return tags.join('\n    ');
  }
  tags.push(`<link rel="canonical" href="${url(input.canonicalPath)}">`);
  for (const [lang, path] of Object.entries(input.alternates ?? {})) {
    tags.push(`<link rel="alternate" hreflang="${lang}" href="${url(path)}">`);
  }
  const { prev, next } = input.pagination ?? {};
  if (prev !== undefined) tags.push(`<link rel="prev" href="${url(prev)}">`);
  if (next !== undefined) tags.push(`<link rel="next" href="${url(next)}">`);
  const fallback = input.alternates?.de;
  if (fallback !== undefined) {
    tags.push(`<link rel="alternate" hreflang="x-default" href="${url(fallback)}">`);
  }
  tags.push(
    meta('property', 'og:type', input.type ?? 'website'),
    meta('property', 'og:site_name', input.siteName),
    meta('property', 'og:title', input.socialTitle ?? input.title),
    meta('property', 'og:url', `${input.origin}${input.canonicalPath}`),
    meta('property', 'og:locale', ogLocale[input.lang]),
  );
  for (const lang of Object.keys(input.alternates ?? {}) as Lang[]) {
    if (lang !== input.lang) tags.push(meta('property', 'og:locale:alternate', ogLocale[lang]));
  }
  if (input.description !== undefined) {
    tags.push(meta('property', 'og:description', input.description));
  }
  tags.push(meta('name', 'twitter:card', input.image ? 'summary_large_image' : 'summary'));
  tags.push(meta('name', 'twitter:title', input.socialTitle ?? input.title));
  if (input.description !== undefined) {
    tags.push(meta('name', 'twitter:description', input.description));
  }
  if (input.image) {
    const image = `${input.origin}${input.image.path}`;
    tags.push(
      meta('property', 'og:image', image),
      meta('property', 'og:image:width', String(input.image.width)),
      meta('property', 'og:image:height', String(input.image.height)),
      meta('property', 'og:image:alt', input.image.alt),
      meta('name', 'twitter:image', image),
      meta('name', 'twitter:image:alt', input.image.alt),
    );
  }
  if (input.jsonLd !== undefined) {
    tags.push(`<script type="application/ld+json">${scriptJson(input.jsonLd)}</script>`);
  }
  return tags.join('\n    ');
}
