import { frontPath } from './front-pages';

/**
 * Where a reader goes for English from an article that is published in German only (#15): the
 * English front page, which lists every article the English edition has.
 */
export function englishHomeFor(): string {
  return frontPath('en');
}
