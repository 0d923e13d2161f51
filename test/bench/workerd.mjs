#!/usr/bin/env node
// The workerd half of `npm run bench`: ours against the floor inside workerd (no Node
// compatibility), each with an in-Worker mock fetch. Prints ms per call and the throughput ratio.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
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
const run = spawnSync(workerd, ['test', '--verbose', `${out}config.capnp`], { encoding: 'utf8', timeout: 300_000 });
const output = `${run.stdout}\n${run.stderr}`;
const durations = {};
for (const [, name, ms] of output.matchAll(/\[ PASS \] bench:(bench_\d_\w+) \(([\d.]+)ms\)/g)) durations[name] = Number(ms);
const floor = [durations.bench_1_floor, durations.bench_3_floor, durations.bench_5_floor, durations.bench_7_floor];
const ours = [durations.bench_2_execute, durations.bench_4_execute, durations.bench_6_execute, durations.bench_8_execute];
if (run.status !== 0 || floor.includes(undefined) || ours.includes(undefined)) {
  console.log(output);
  process.exit(1);
}
const ITERATIONS = 300;
const perCall = (list) => list.reduce((sum, ms) => sum + ms, 0) / (list.length * ITERATIONS);
const f = (n) => n.toFixed(3);
console.log(`\nInside workerd (no nodejs_compat), in-Worker mock fetch, 4 interleaved rounds × ${ITERATIONS} calls each, wall time per call:`);
console.log(`| | ms per call | calls/s |\n|---|---:|---:|`);
console.log(`| floor (sign + verify + fetch) | ${f(perCall(floor))} | ${Math.round(1000 / perCall(floor))} |`);
console.log(`| alipay-edge execute | ${f(perCall(ours))} | ${Math.round(1000 / perCall(ours))} |`);
console.log(`throughput ratio ours/floor: ${(perCall(floor) / perCall(ours)).toFixed(2)} (goal ≥ 0.85)`);
