// A newcomer's first hour, per runtime, from the packed tarball: each project is a folder made with
// `npm init -y` (npm 11 writes "type": "commonjs"; nothing is added to it that the docs do not
// say), `npm install` of the tarball and of what the docs tell a user to install, the README's
// quick starts and the guides' examples copied verbatim, and their own run commands, against
// `npx alipay-edge mock-gateway --write-env .env` (the installed bin, over loopback HTTP):
//  - Node ESM, CommonJS and TypeScript (tsx) on Node 20, 22 and 24; TypeScript also under tsc strict;
//  - Bun; Deno (no deno.json); the Worker with the real Wrangler (deploy --dry-run, dev);
//  - every example of README.md and docs/, under Node 24 (tsx) and under Deno, msw installed.
// The tarball: ALIPAY_EDGE_TARBALL (npm run test:package packs once), else `npm pack` (prepack builds).
// Node 22, 24 and Bun come from test/runtime/runtimes.ts (pinned, from the npm registry).
// Prints one line per check and "fresh projects: N passed, M failed".
import { readFileSync, rmSync } from 'node:fs';
import { basename } from 'node:path';
import { tarballFor } from './pack.ts';
import { installAll } from '../runtime/runtimes.ts';
import { project, start, totals, work } from './fresh/kit.ts';
import { guides, guidesProject } from './fresh/guides.ts';
import { quickStartProjects, quickStarts } from './fresh/quick-starts.ts';
import { wranglerProject, wranglerWorker } from './fresh/wrangler.ts';

const tarball = tarballFor(work);
const runtimes = await installAll();
console.log(`installing ${basename(tarball)} into fresh projects in ${work}; Node ${process.versions.node}, 22 and 24 and Bun from ${Object.values(runtimes).join(', ')}`);

// Every project installs side by side (npm's cache is safe to share), then the checks run in turn.
const setups = { quickStarts: quickStartProjects(tarball, runtimes.bun), worker: wranglerProject(tarball), guides: guidesProject(tarball) };
for (const setup of [...Object.values(setups.quickStarts), setups.worker, setups.guides]) setup.catch(() => {}); // awaited by their checks

// The mock gateway, as the README's "try it in one minute" starts it: `npx alipay-edge mock-gateway`.
const home = await project('mock-gateway', tarball);
const gateway = start('npx', ['alipay-edge', 'mock-gateway', '--write-env', '.env'], home);
let failure: unknown;
try {
  await gateway.waitFor(/listening on/, 60_000);
  const envFile = `${home}.env`;
  const env = readFileSync(envFile, 'utf8');
  console.log(`npx alipay-edge mock-gateway --write-env .env: ${env.match(/^ALIPAY_GATEWAY=(.*)$/m)?.[1]} (${[...env.matchAll(/^(\w+)=/gm)].map(([, key]) => key).join(', ')})`);

  const nodes = [
    { label: `Node ${process.versions.node.split('.')[0]}`, node: process.execPath },
    { label: 'Node 22', node: runtimes.node22 },
    { label: 'Node 24', node: runtimes.node24 },
  ];
  await quickStarts(setups.quickStarts, envFile, nodes, runtimes.bun);
  await wranglerWorker(setups.worker, envFile, runtimes.node24);
  await guides(setups.guides, envFile, nodes[2]!);
} catch (err) {
  failure = err;
} finally {
  await gateway.stop('SIGINT');
}
const requests = gateway.output().split('\n').filter((line) => /alipay\.marketing\.card\./.test(line)).length;
console.log(`the mock gateway logged ${requests} card requests from the projects`);
const { passed, failed } = totals();
if (failure) console.log(`FAIL fresh projects stopped: ${failure instanceof Error ? failure.stack : String(failure)}`);
if (failed === 0 && !failure) rmSync(work, { recursive: true, force: true });
else console.log(`projects kept for inspection in ${work}`);
console.log(`fresh projects: ${passed} passed, ${failed + (failure ? 1 : 0)} failed`);
process.exit(failed === 0 && !failure ? 0 : 1);
