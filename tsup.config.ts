import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', mocks: 'mocks/index.ts', 'mocks-server': 'mocks/server.ts', xml: 'src/xml.ts' },
  format: ['esm', 'cjs'],
  // Node typings for the declaration build only: mocks/server.ts is Node code. src/ is checked
  // without them by `tsc -p tsconfig.json` in `npm test`.
  dts: { compilerOptions: { types: ['node'] } },
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['valibot', 'msw', 'fast-xml-parser', '@noble/hashes', /^node:/],
  esbuildPlugins: [
    {
      // alipay-edge/mocks imports the library by its package name, so both entries share one copy
      // of it (one AlipayError class) in ESM and CJS alike.
      name: 'mocks-import-library-by-name',
      setup(build) {
        build.onResolve({ filter: /\/src\/index\.ts$/ }, (args) =>
          args.importer.includes('/mocks/') ? { path: 'alipay-edge', external: true } : undefined,
        );
      },
    },
  ],
});
