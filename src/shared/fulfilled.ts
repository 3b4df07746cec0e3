// React's `use()` reads a promise marked fulfilled synchronously instead of suspending
// (https://react.dev/reference/react/use), so data already loaded (a prerendered page's own, which
// arrived before hydration) renders in the very first pass.
export function fulfilled<T>(value: T): Promise<T> {
  return Object.assign(Promise.resolve(value), { status: 'fulfilled', value });
}

/**
 * One promise per key, for `use()`: the same request returns the same promise, a settled one is
 * replaced by a fulfilled-marked twin, and a failed one is forgotten so that it can be retried.
 */
export function promiseCache<T>() {
  const pending = new Map<string, Promise<T>>();
  return (key: string, load: () => Promise<T>): Promise<T> => {
    let promise = pending.get(key);
    if (!promise) {
      promise = load();
      pending.set(key, promise);
      promise.then(
        (value) => pending.set(key, fulfilled(value)),
        () => pending.delete(key),
      );
    }
    return promise;
  };
}
