export interface TemplateParts {
  lang: string;
  head: string;
  html: string;
  data: string;
}

/**
 * Puts a rendered page into the client build's index.html. Replacements are functions because
 * `$&`, `$'` and friends in a string replacement are special, and rendered HTML may contain them.
 */
export function fillTemplate(template: string, parts: TemplateParts): string {
  for (const marker of [
    '<!--app-head-->',
    '<!--app-html-->',
    '<!--app-data-->',
    '<html lang="de">',
  ]) {
    if (!template.includes(marker)) throw new Error(`index.html lacks ${marker}`);
  }
  return template
    .replace('<html lang="de">', () => `<html lang="${parts.lang}">`)
    .replace('<!--app-head-->', () => parts.head)
    .replace('<!--app-html-->', () => parts.html)
    .replace('<!--app-data-->', () => parts.data);
}
