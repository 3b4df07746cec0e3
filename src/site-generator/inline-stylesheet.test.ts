import { describe, expect, it } from 'vitest';
import { inlineStylesheets } from './inline-stylesheet';

const template = [
  '<head>',
  '<noscript><link rel="stylesheet" href="/noscript.css" /></noscript>',
  '<link rel="stylesheet" crossorigin href="/assets/index-abc.css">',
  '</head>',
].join('\n');

describe('inlineStylesheets', () => {
  it('puts the app’s stylesheet in a <style> element and leaves the <noscript> link', () => {
    const { html, styles } = inlineStylesheets(template, (href) =>
      href === '/assets/index-abc.css' ? 'body{margin:0}' : '',
    );
    expect(html).toContain('<style>body{margin:0}</style>');
    expect(html).not.toContain('index-abc.css');
    expect(html).toContain('<link rel="stylesheet" href="/noscript.css" />');
    expect(styles).toEqual(['body{margin:0}']);
  });

  it('refuses CSS that would close the element early', () => {
    expect(() => inlineStylesheets(template, () => 'a{}</style><script>x</script>')).toThrow(
      /index-abc\.css contains "<\/style"/,
    );
  });

  it('fails when the template links no stylesheet, rather than shipping an unstyled page', () => {
    expect(() => inlineStylesheets('<head></head>', () => '')).toThrow(/no stylesheet/);
  });
});
