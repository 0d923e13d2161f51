#!/usr/bin/env node
// The workerd half of `npm run bench`: the floor (no library code) against execute inside workerd
// (no Node compatibility), v2 and v3, answers with a declared length or streamed, each with an
// in-Worker mock fetch. Prints wall time per call and the ratio (one Worker, one thread: wall time
// is its CPU time), and writes the table into docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleWorkers } from '../runtime/workerd/bundle.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = `${root}.tmp/workerd-bench/`;
mkdirSync(out, { recursive: true });
await bundleWorkers(root, { bench: 'test/runtime/workerd/bench.worker.ts' }, out);
writeFileSync(
  `${out}config.capnp`,
  `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "bench", worker = (modules = [(name = "bench", esModule = embed "bench.js")], compatibilityDate = "2025-01-01")) ],
);
`,
);
const workerd = createRequire(import.meta.url).resolve('workerd/bin/workerd');
const run = spawnSync(workerd, ['test', '--verbose', `${out}config.capnp`], { encoding: 'utf8', timeout: 600_000 });
const output = `${run.stdout}\n${run.stderr}`;
const ITERATIONS = 300;
const sums = {};
for (const [, name, which, ms] of output.matchAll(/\[ PASS \] bench:bench_\d+_(v\d_\w+?)_(floor|execute) \(([\d.]+)ms\)/g)) {
  const entry = (sums[name] ??= { floor: [], execute: [] });
  entry[which].push(Number(ms));
}
if (run.status !== 0 || Object.keys(sums).length !== 4 || Object.values(sums).some((s) => s.floor.length !== 3 || s.execute.length !== 3)) {
  console.log(output);
  process.exit(1);
}
const perCall = (list) => list.reduce((sum, ms) => sum + ms, 0) / (list.length * ITERATIONS);
const f = (n, digits = 3) => n.toFixed(digits);
const lines = [
  `workerd ${execFileVersion()}, one Worker, in-Worker mock fetch, 3 interleaved rounds × ${ITERATIONS} calls per contender; wall time per call (one thread: its CPU time).`,
  '',
  '| protocol | answer | floor ms/call | execute ms/call | **ratio** |',
  '|---|---|---:|---:|---:|',
];
let worst = 0;
for (const [name, { floor, execute }] of Object.entries(sums)) {
  const [protocol, shape] = name.split('_');
  const ratio = perCall(execute) / perCall(floor);
  worst = Math.max(worst, ratio);
  lines.push(`| ${protocol} | ${shape === 'stream' ? 'streamed' : 'length'} | ${f(perCall(floor))} | ${f(perCall(execute))} | **${f(ratio, 2)}×** |`);
}
lines.push('', `Ratio = execute's time per call ÷ the floor's (goal ≤ 1.10×); worst ${f(worst, 2)}×.`);
console.log(`\n${lines.join('\n')}`);

function execFileVersion() {
  return spawnSync(workerd, ['--version'], { encoding: 'utf8' }).stdout.trim().replace(/^workerd /, '');
}

const results = `${root}docs/benchmarks.md`;
if (existsSync(results)) {
  const text = readFileSync(results, 'utf8');
  writeFileSync(results, text.replace(/<!-- workerd -->[\s\S]*<!-- \/workerd -->/, `<!-- workerd -->\n${lines.join('\n')}\n<!-- /workerd -->`));
  console.log('written to docs/benchmarks.md');
}
