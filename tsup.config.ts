import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * alipay-edge/mocks and the CLI import the library by its package name, so every entry shares one
 * copy of it (one AlipayError class) in ESM and CJS alike.
 */
const libraryByName: Plugin = {
  name: 'library-by-name',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(\.\.\/)?(src\/)?(index|xml|cert|schemas|tools)\.ts$/ }, (args) => {
      const fromMocks = args.importer.includes('/mocks/') && args.path.includes('src/');
      const fromCli = args.importer.includes('/src/cli/') && !args.path.includes('src/');
      if (!fromMocks && !fromCli) return undefined;
      const entry = args.path.match(/(index|xml|cert|schemas|tools)\.ts$/)![1];
      return { path: entry === 'index' ? 'alipay-edge' : `alipay-edge/${entry}`, external: true };
    });
  },
};

const external = ['valibot', 'msw', 'fast-xml-parser', '@noble/hashes', /^node:/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', cert: 'src/cert.ts', schemas: 'src/schemas.ts', tools: 'src/tools.ts', xml: 'src/xml.ts', mocks: 'mocks/index.ts', 'mocks-server': 'mocks/server.ts' },
    format: ['esm', 'cjs'],
    // Node typings for the declaration build only: mocks/server.ts is Node code. src/ is checked
    // without them by `tsc -p tsconfig.json` in `npm test`.
    dts: { compilerOptions: { types: ['node'] } },
    target: 'es2022',
    platform: 'neutral',
    external,
    esbuildPlugins: [libraryByName],
  },
  {
    // The CLI: ESM for Node (and Deno through npm:), keeps its #! line.
    entry: { cli: 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    external,
    esbuildPlugins: [libraryByName],
  },
]);
