// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseServeOptions } from './cli-options.ts';

describe('parseServeOptions', () => {
  it('defaults to dist on 127.0.0.1:4173', () => {
    expect(parseServeOptions([], {})).toEqual({ dir: 'dist', host: '127.0.0.1', port: 4173 });
  });

  it('reads DIST_DIR, HOST and PORT, with --dir taking precedence', () => {
    const env = { DIST_DIR: 'from-env', HOST: '0.0.0.0', PORT: '0' };
    expect(parseServeOptions([], env)).toEqual({ dir: 'from-env', host: '0.0.0.0', port: 0 });
    expect(parseServeOptions(['--dir', 'a'], env).dir).toBe('a');
    expect(parseServeOptions(['--dir=b'], env).dir).toBe('b');
  });

  it.each([['--dir'], ['--dir='], ['--port', '1'], ['extra']])('rejects %j', (...argv) => {
    expect(() => parseServeOptions(argv, {})).toThrow();
  });

  it.each(['abc', '-1', '70000', '1.5', '80x'])('rejects PORT=%s', (port) => {
    expect(() => parseServeOptions([], { PORT: port })).toThrow(/Invalid PORT/);
  });
});
