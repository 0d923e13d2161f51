// Bundles Worker modules for workerd: the library, mocks and tests as one ES module each, Node
// built-ins left as imports (so that without nodejs_compat any use of them fails loudly).
import * as esbuild from 'esbuild';

export async function bundleWorkers(root, entryPoints, outdir) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints,
    outdir,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['module', 'main'],
    external: ['node:*'],
    alias: { 'alipay-edge': './src/index.ts' },
    logLevel: 'warning',
  });
}
