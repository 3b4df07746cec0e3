import { describe, expect, it } from 'vitest';
import { promiseCache } from './fulfilled';

describe('promiseCache', () => {
  it('loads a key once and hands out a promise marked fulfilled once it has settled', async () => {
    const cache = promiseCache<number>();
    let loads = 0;
    const load = () => Promise.resolve(++loads);
    const first = cache('a', load);
    expect(cache('a', load)).toBe(first);
    await first;
    const settled = cache('a', load) as Promise<number> & { status?: string; value?: number };
    expect(settled).toMatchObject({ status: 'fulfilled', value: 1 });
    expect(loads).toBe(1);
  });

  it('forgets a failed load, so the next call tries again', async () => {
    const cache = promiseCache<number>();
    const failed = cache('a', () => Promise.reject(new Error('offline')));
    await expect(failed).rejects.toThrow('offline');
    await expect(cache('a', () => Promise.resolve(2))).resolves.toBe(2);
  });
});
