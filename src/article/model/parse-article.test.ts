// @vitest-environment node
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError, parseArticle } from './parse-article';

const valid = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../content/us-china-cyber/de.json'), 'utf8'),
) as Record<string, unknown>;

function errorOf(data: unknown): ContentError {
  try {
    parseArticle(data, 'src/content/x/de.json');
  } catch (error) {
    if (error instanceof ContentError) return error;
    throw error;
  }
  throw new Error('expected a ContentError');
}

const clone = () => structuredClone(valid) as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

describe('parseArticle', () => {
  it('accepts the real content', () => {
    expect(parseArticle(valid, 'de.json').sections).toHaveLength(3);
  });

  it('names the file and the field of a missing headline', () => {
    const data = clone();
    delete data.headline;
    const error = errorOf(data);
    expect(error.message).toContain('src/content/x/de.json');
    expect(error.issues.map((i) => i.field)).toContain('headline');
  });

  it('names the nested field of an empty paragraph', () => {
    const data = clone();
    data.sections[1].blocks[1].text = '   ';
    expect(errorOf(data).issues).toContainEqual({
      field: 'sections.1.blocks.1.text',
      message: 'must not be empty',
    });
  });

  it('rejects section ids that are not lower-case ASCII', () => {
    const data = clone();
    data.sections[0].id = 'Überblick';
    expect(errorOf(data).issues[0]?.field).toBe('sections.0.id');
  });

  it('rejects unknown fields, so a typo in a key cannot go unnoticed', () => {
    const data = clone();
    data.headlin = 'x';
    expect(errorOf(data).issues[0]?.field).toBe('headlin');
  });

  it('rejects a reference to a figure that does not exist', () => {
    const data = clone();
    data.sections[1].blocks[0].id = 'missing';
    expect(errorOf(data).issues).toContainEqual({
      field: 'sections.1.blocks.0.id',
      message: 'unknown figure "missing"',
    });
  });

  it('rejects duplicate section ids and slugs', () => {
    const data = clone();
    data.sections[2].id = data.sections[1].id;
    data.sections[2].slug = data.sections[1].slug;
    expect(errorOf(data).issues.map((i) => i.field)).toEqual(['sections.2.id', 'sections.2.slug']);
  });

  it('rejects a section id the page uses for one of its own parts', () => {
    const data = clone();
    data.sections[1].id = 'editors-note';
    expect(errorOf(data).issues).toContainEqual({
      field: 'sections.1.id',
      message: '"editors-note" is an id of the page',
    });
  });

  it('rejects a date that is not an ISO date', () => {
    const data = clone();
    data.published = 'gestern';
    expect(errorOf(data).issues[0]?.field).toBe('published');
  });
});
