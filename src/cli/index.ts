#!/usr/bin/env node
// alipay-edge: keys, signatures, verification and configuration checks from the command line.
// Runs with `npx alipay-edge` and in Deno (`deno run -A npm:alipay-edge`). Node APIs live here only.
import { readFileSync } from 'node:fs';
import { main } from './main.ts';

process.exitCode = await main(process.argv.slice(2), {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  env: process.env,
  stdin: () => readFileSync(0, 'utf8'),
  stopped: () =>
    new Promise((resolve) => {
      process.once('SIGINT', () => resolve('SIGINT'));
      process.once('SIGTERM', () => resolve('SIGTERM'));
    }),
});
