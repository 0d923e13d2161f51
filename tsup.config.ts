import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * alipay-edge/mocks and the CLI import the library by its package name, so every entry shares one
 * copy of it (one AlipayError class) in ESM and CJS alike.
 */
const libraryByName: Plugin = {
  name: 'library-by-name',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\/(\.\.\/)?(src\/)?(index|xml)\.ts$/ }, (args) => {
      const fromMocks = args.importer.includes('/mocks/') && args.path.includes('src/');
      const fromCli = args.importer.includes('/src/cli/') && !args.path.includes('src/');
      if (!fromMocks && !fromCli) return undefined;
      return { path: args.path.endsWith('xml.ts') ? 'alipay-edge/xml' : 'alipay-edge', external: true };
    });
  },
};

const external = ['valibot', 'msw', 'fast-xml-parser', '@noble/hashes', /^node:/];

export default defineConfig([
  {
    entry: { index: 'src/index.ts', mocks: 'mocks/index.ts', 'mocks-server': 'mocks/server.ts', xml: 'src/xml.ts' },
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
