// The esbuild options of a Worker bundle, shared by the size scripts (size.mjs, catalogue-cost.mjs):
// minified ESM for the browser platform, as wrangler builds one.
/**
 * esbuild options for a bundle of `entry` under `root`; `options` adds or overrides.
 *
 * @example
 * ```js
 * await esbuild.build(workerBundle(root, 'consumer.js', { write: false }));
 * ```
 */
export const workerBundle = (root, entry, options) => ({
  absWorkingDir: root,
  entryPoints: [entry],
  bundle: true,
  minify: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2022',
  write: false,
  logLevel: 'warning',
  // tsup's chunks import each other bare; with "sideEffects": false esbuild notes it drops them.
  logOverride: { 'ignored-bare-import': 'silent' },
  ...options,
});
