import { describe, expect, it } from 'vitest';
import { inlineFavicon } from './inline-favicon';

const svg = '<svg xmlns="http://www.w3.org/2000/svg"><circle fill="#c00" r="4"/></svg>\n';
const template = '<head><link rel="icon" href="/favicon.svg" type="image/svg+xml" /></head>';

describe('inlineFavicon', () => {
  it('replaces the favicon link by a data: URL of the same image', () => {
    const html = inlineFavicon(template, (href) => (href === '/favicon.svg' ? svg : ''));
    const href = /href="([^"]+)"/.exec(html)?.[1] ?? '';
    expect(href.startsWith('data:image/svg+xml,')).toBe(true);
    expect(decodeURIComponent(href.slice('data:image/svg+xml,'.length))).toBe(svg.trim());
    expect(html).not.toContain('/favicon.svg');
  });

  it('fails when the template links no SVG favicon', () => {
    expect(() => inlineFavicon('<head></head>', () => svg)).toThrow(/no SVG favicon/);
  });
});
