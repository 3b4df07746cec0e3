import { describe, expect, it } from 'vitest';
import de from '../../content/us-china-cyber/de.json';
import { parseArticle } from './parse-article';
import { landingSection, priorityFigure } from './priority-figure';

const article = parseArticle(de, 'de.json');

describe('landingSection', () => {
  it('is none for the article and its untitled first section, which open at the top', () => {
    expect(landingSection(article)).toBeUndefined();
    expect(landingSection(article, 'overview')).toBeUndefined();
  });

  it('is the section a lower section URL opens at', () => {
    expect(landingSection(article, 'state-visit')).toBe('state-visit');
  });
});

describe('priorityFigure', () => {
  it('is the lead photo when the page opens at the top', () => {
    expect(priorityFigure(article)).toBe('obama');
    expect(priorityFigure(article, 'overview')).toBe('obama');
  });

  it('is the photo a section opens with when its URL lands there', () => {
    expect(priorityFigure(article, 'nuclear-plants')).toBe('cyberspace');
  });

  it('is none for a section that opens with text, or one that does not exist', () => {
    expect(priorityFigure(article, 'state-visit')).toBeUndefined();
    expect(priorityFigure(article, 'no-such-section')).toBeUndefined();
  });
});
