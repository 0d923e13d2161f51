import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import type { Plugin } from 'esbuild';

/**
 * The entry points, from their one source: deno.json's exports (subpath → source file). The build
 * names each after its subpath (`.` → index, `./mocks/server` → mocks-server); package.json's
 * exports, typedoc and a test (test/package/exports.test.ts) follow the same list.
 */
export const ENTRIES: Record<string, string> = JSON.parse(readFileSync(new URL('./deno.json', import.meta.url), 'utf8')).exports;
export const distName = (subpath: string) => (subpath === '.' ? 'index' : subpath.slice(2).replaceAll('/', '-'));
const libraryEntries = Object.fromEntries(Object.entries(ENTRIES).map(([subpath, source]) => [distName(subpath), source.slice(2)]));

/** Source file → the package subpath that publishes it (`src/protocol.ts` → `alipay-edge/protocol`). */
const publicSubpath = new Map(Object.entries(ENTRIES).map(([subpath, source]) => [source.slice(2), subpath === '.' ? 'alipay-edge' : `alipay-edge/${subpath.slice(2)}`]));

/**
 * alipay-edge/mocks and the CLI import the library through its public entries, by package name, so
 * every entry shares one copy of it (one AlipayError class) in ESM and CJS alike.
 */
const libraryByName: Plugin = {
  name: 'library-by-name',
  setup(build) {
    build.onResolve({ filter: /\.ts$/ }, (args) => {
      const fromMocks = args.importer.includes('/mocks/');
      const fromCli = args.importer.includes('/src/cli/');
      if (!fromMocks && !fromCli) return undefined;
      const resolved = new URL(args.path, `file://${args.importer}`).pathname;
      const root = new URL('./', import.meta.url).pathname;
      const target = publicSubpath.get(resolved.startsWith(root) ? resolved.slice(root.length) : resolved);
      // Within mocks/, its own files are bundled as they are; everything else is a public entry.
      if (!target || (fromMocks && target.startsWith('alipay-edge/mocks'))) return undefined;
      return { path: target, external: true };
    });
  },
};

const external = ['valibot', 'msw', 'fast-xml-parser', '@noble/hashes', /^node:/, /^alipay-edge/];

export default defineConfig([
  {
    entry: libraryEntries,
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
