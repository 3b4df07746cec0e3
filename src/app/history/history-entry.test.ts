import { describe, expect, it } from 'vitest';
import {
  currentLocation,
  nextLocation,
  sameOriginUrl,
  takeDueWrites,
  writeFor,
} from './history-entry';

const here = { pathname: '/de/artikel', search: '?foto=2', hash: '' };

describe('nextLocation', () => {
  it('reads a string address into its parts, with the state and key given', () => {
    expect(nextLocation(here, '/en/article/talks?x=1#top', { source: 'language' }, 'k1')).toEqual({
      pathname: '/en/article/talks',
      search: '?x=1',
      hash: '#top',
      state: { source: 'language' },
      key: 'k1',
    });
  });

  it('stays on the same path when only the query changes, and drops the old query', () => {
    expect(nextLocation(here, { search: '' }, undefined, 'k2')).toEqual({
      pathname: '/de/artikel',
      search: '',
      hash: '',
      state: null,
      key: 'k2',
    });
  });
});

describe('writeFor', () => {
  it('stores the state under usr and the key beside it, as React Router does', () => {
    const location = nextLocation(here, '/en/article?foto=1', { source: 'scroll' }, 'k3');
    expect(writeFor(4, 'replace', location)).toEqual({
      seq: 4,
      method: 'replace',
      url: '/en/article?foto=1',
      state: { usr: { source: 'scroll' }, key: 'k3' },
    });
  });
});

describe('takeDueWrites', () => {
  const write = (seq: number) =>
    writeFor(seq, 'push', nextLocation(here, `/p${seq}`, null, `${seq}`));

  it('gives the writes the shown page includes, in order, and keeps the later ones', () => {
    const { due, rest } = takeDueWrites([write(1), write(2), write(3)], 2);
    expect(due.map((w) => w.url)).toEqual(['/p1', '/p2']);
    expect(rest.map((w) => w.url)).toEqual(['/p3']);
  });

  it('gives nothing for a page shown by Back, which includes no navigation of its own', () => {
    expect(takeDueWrites([write(5)], 4)).toEqual({ due: [], rest: [write(5)] });
  });
});

describe('currentLocation', () => {
  it('reads the address and the app state of the entry', () => {
    const win = {
      location: { pathname: '/en', search: '?a=1', hash: '#b' },
      history: { state: { usr: { source: 'contents' }, key: 'xyz', idx: 3 } },
    } as unknown as Window;
    expect(currentLocation(win)).toEqual({
      pathname: '/en',
      search: '?a=1',
      hash: '#b',
      state: { source: 'contents' },
      key: 'xyz',
    });
  });

  it('gives the first entry of a visit no state and the default key', () => {
    const win = {
      location: { pathname: '/de', search: '', hash: '' },
      history: { state: null },
    } as unknown as Window;
    expect(currentLocation(win)).toMatchObject({ state: null, key: 'default' });
  });
});

describe('sameOriginUrl', () => {
  const origin = 'https://reader.example';

  it('resolves a path on this origin', () => {
    expect(sameOriginUrl(origin, '/de/artikel?foto=1').href).toBe(
      'https://reader.example/de/artikel?foto=1',
    );
  });

  it('keeps an address starting with // on this origin instead of another host', () => {
    const url = sameOriginUrl(origin, '//evil.example/x');
    expect(url.origin).toBe(origin);
    expect(url.pathname).toBe('//evil.example/x');
  });

  it('percent-encodes letters beyond ASCII, as the address bar shows them', () => {
    expect(sameOriginUrl(origin, { pathname: '/de/gespräche' }).pathname).toBe(
      '/de/gespr%C3%A4che',
    );
  });
});
