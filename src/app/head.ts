import type { Lang } from '../i18n/languages';
import { escapeHtml } from '../shared/escape-html';

export interface HeadInput {
  lang: Lang;
  title: string;
  description?: string;
  /** Absolute origin of the site, e.g. https://reader.example (no trailing slash). */
  origin: string;
  /** Path of this page; omitted for pages that must not be indexed (not-found). */
  canonicalPath?: string;
  /** The same page in each language, for hreflang; `x-default` goes to the German source. */
  alternates?: Partial<Record<Lang, string>>;
}

/** The `<head>` tags of a prerendered page, in its language. */
export function renderHead(input: HeadInput): string {
  const url = (path: string) => escapeHtml(`${input.origin}${path}`);
  const tags = [`<title>${escapeHtml(input.title)}</title>`];
  if (input.description !== undefined) {
    tags.push(`<meta name="description" content="${escapeHtml(input.description)}">`);
  }
  if (input.canonicalPath === undefined) {
    tags.push('<meta name="robots" content="noindex">');
  } else {
    tags.push(`<link rel="canonical" href="${url(input.canonicalPath)}">`);
  }
  const alternates = Object.entries(input.alternates ?? {});
  for (const [lang, path] of alternates) {
    tags.push(`<link rel="alternate" hreflang="${lang}" href="${url(path)}">`);
  }
  const fallback = input.alternates?.de;
  if (fallback !== undefined) {
    tags.push(`<link rel="alternate" hreflang="x-default" href="${url(fallback)}">`);
  }
  return tags.join('\n    ');
}
