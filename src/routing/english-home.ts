/**
 * Where a reader goes for English from an article that is published in German only (#15): the
 * English home. Today that is `/`, which offers both editions (and, with JavaScript, follows the
 * language the reader chose last, which the toggle sets to English before it goes there); once
 * the English front page exists this is `/en`, and every German-only toggle follows.
 */
export function englishHomeFor(): string {
  return '/';
}
