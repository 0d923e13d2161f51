import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', mocks: 'mocks/index.ts', xml: 'src/xml.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['valibot', 'msw', 'fast-xml-parser', '@noble/hashes'],
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
