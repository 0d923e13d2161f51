import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', mocks: 'mocks/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  external: ['valibot', 'msw', 'fast-xml-parser', '@noble/hashes'],
});
