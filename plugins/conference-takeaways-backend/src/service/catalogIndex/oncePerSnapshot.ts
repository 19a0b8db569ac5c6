import { IndexSnapshot } from './IndexSnapshot';

/**
 * `derive`, worked out once per snapshot (a refresh that changed something
 * makes a new one) and dropped with it. The other arguments are not part
 * of the key: pass the same ones every time (the backend has one tool
 * dictionary).
 */
export function oncePerSnapshot<Args extends unknown[], T>(
  derive: (snapshot: IndexSnapshot, ...args: Args) => T,
): (snapshot: IndexSnapshot, ...args: Args) => T {
  const cache = new WeakMap<IndexSnapshot, { value: T }>();
  return (snapshot, ...args) => {
    let cached = cache.get(snapshot);
    if (!cached) {
      cached = { value: derive(snapshot, ...args) };
      cache.set(snapshot, cached);
    }
    return cached.value;
  };
}
