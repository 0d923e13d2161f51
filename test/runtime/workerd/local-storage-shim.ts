// MSW's cookie store wants `localStorage`, which Workers do not have. An in-memory stand-in,
// installed before MSW loads (this module is imported first, and its export used, so that the
// package's `"sideEffects": false` does not let the bundler drop it). Only the MSW suite uses it;
// the library itself never touches storage.
const store = new Map<string, string>();
const globals = globalThis as Record<string, unknown>;
globals.localStorage ??= {
  getItem: (key: string) => store.get(key) ?? null,
  setItem: (key: string, value: string) => void store.set(key, String(value)),
  removeItem: (key: string) => void store.delete(key),
  clear: () => store.clear(),
  key: (index: number) => [...store.keys()][index] ?? null,
  get length() {
    return store.size;
  },
};

/** Whether the stand-in is in place (imported so that this module is kept and runs first). */
export const localStorageReady = typeof globals.localStorage === 'object';
