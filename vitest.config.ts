import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Tests and the README examples import the package by name; here that is the source.
    alias: {
      'alipay-edge/mocks': fileURLToPath(new URL('./mocks/index.ts', import.meta.url)),
      'alipay-edge': fileURLToPath(new URL('./src/index.ts', import.meta.url)),
    },
  },
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/runtime/deno.test.ts'],
    environment: 'node',
    // Generous, for a busy 2-core CI: a cold worker that loads the whole catalogue (1,000+ modules
    // through Vite's transform) took 11 s there. Timeouts only stop a hung test; none is a figure.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Both cores (the default leaves one idle on a 2-core machine, as CI's is).
    maxWorkers: 2,
    globalSetup: ['test/runtime/browser/note.ts'],
  },
});
