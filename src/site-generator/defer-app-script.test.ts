// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { deferAppScript } from './defer-app-script';

describe('deferAppScript', () => {
  it('turns the module script into a pointer for the boot script', () => {
    const html =
      '<head><script type="module" crossorigin src="/assets/index-A1.js"></script></head>';
    expect(deferAppScript(html)).toBe(
      '<head><meta name="app-entry" content="/assets/index-A1.js"></head>',
    );
  });

  it('fails the build when there is no module script, rather than ship a page that never hydrates', () => {
    expect(() => deferAppScript('<head></head>')).toThrow(/no module script/);
  });

  it('drops the preloads of the entry’s imports, which would also start before the first paint', () => {
    const html =
      '<head><script type="module" crossorigin src="/assets/index-A1.js"></script>\n' +
      '    <link rel="modulepreload" crossorigin href="/assets/jsx-runtime-B2.js">\n</head>';
    expect(deferAppScript(html)).toBe(
      '<head><meta name="app-entry" content="/assets/index-A1.js">\n</head>',
    );
  });
});
