#!/usr/bin/env node
// A newcomer's first hour, per runtime: a fresh temporary project installs the packed tarball (and
// nothing else: no msw), copies the README's quick start verbatim, and runs it with the exact run
// command the README shows, against `npx alipay-edge mock-gateway --write-env .env` (the installed
// bin, over loopback HTTP). Node ESM, CommonJS, TypeScript (strict, checked with tsc, run with
// tsx), Deno, and workerd (Node compatibility off). Run after `npm run build`.
// Prints one line per project and "fresh projects: N passed, M failed".
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
// Outside the repository: a project inside it would resolve packages (msw…) from its node_modules.
const work = `${mkdtempSync(`${tmpdir()}/alipay-edge-fresh-`)}/`;
const examples = `${root}test/runtime/examples/`;
const require = createRequire(import.meta.url);

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const [{ filename }] = JSON.parse(npm(['pack', '--json', '--pack-destination', work], root));
const tarball = `${work}${filename}`;
console.log(`packed ${filename}`);

/** A fresh project: its package.json, the tarball installed (optional peers, msw, left out). */
function project(name, packageJson = {}) {
  const dir = `${work}${name}/`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}package.json`, JSON.stringify({ name, private: true, version: '1.0.0', ...packageJson }, null, 2));
  npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball], dir);
  if (existsSync(`${dir}node_modules/msw`)) throw new Error(`${name}: msw got installed; the quick start must not need it`);
  return dir;
}

// Children see only PATH and what a test gives them: no ALIPAY_* from this shell.
const cleanEnv = { PATH: process.env.PATH, HOME: process.env.HOME ?? work, NO_COLOR: '1' };
const run = (command, args, cwd, env = {}) => {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...cleanEnv, ...env }, timeout: 120_000 });
  return { code: result.status, stdout: result.stdout ?? '', stderr: `${result.stderr ?? ''}${result.error ? String(result.error) : ''}` };
};

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    const detail = await fn();
    passed++;
    console.log(`PASS ${name}: ${detail}`);
  } catch (err) {
    failed++;
    console.log(`FAIL ${name}: ${err instanceof Error ? err.message : String(err)}`);
  }
}
const expectOutput = (what, result, expected) => {
  if (result.code !== 0 || result.stdout.trim() !== expected) {
    throw new Error(`${what}: exit ${result.code}, stdout ${JSON.stringify(result.stdout.trim())} (expected ${JSON.stringify(expected)}), stderr ${result.stderr.trim().slice(0, 800)}`);
  }
  return `prints ${result.stdout.trim()}`;
};

// The mock gateway, as the README's "try it in one minute" starts it: the installed bin.
const esm = project('node-esm', { type: 'module' });
const envFile = `${work}mock.env`;
const server = spawn(`${esm}node_modules/.bin/alipay-edge`, ['mock-gateway', '--write-env', envFile], { cwd: esm, env: cleanEnv, stdio: ['ignore', 'pipe', 'pipe'] });
let serverOutput = '';
server.stdout.on('data', (chunk) => (serverOutput += chunk));
server.stderr.on('data', (chunk) => (serverOutput += chunk));
for (let waited = 0; !serverOutput.includes('listening on'); waited += 50) {
  if (waited > 30_000 || server.exitCode !== null) throw new Error(`mock-gateway did not start: ${serverOutput}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const env = Object.fromEntries(readFileSync(envFile, 'utf8').trim().split('\n').map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]));
console.log(`npx alipay-edge mock-gateway --write-env .env: ${env.ALIPAY_GATEWAY} (${Object.keys(env).join(', ')})`);

try {
  await check('Node ESM (node --env-file=.env index.mjs)', () => {
    copyFileSync(`${examples}node.mjs`, `${esm}index.mjs`);
    copyFileSync(envFile, `${esm}.env`);
    return expectOutput('node index.mjs', run(process.execPath, ['--env-file=.env', 'index.mjs'], esm), '124.89');
  });

  await check('Node ESM, alipay-edge/mocks without msw', () => {
    writeFileSync(
      `${esm}mocks.mjs`,
      `import { AlipayClient } from 'alipay-edge';
import { createMockGateway, generateKeyPair } from 'alipay-edge/mocks';
const app = await generateKeyPair();
const gateway = await createMockGateway({ appPublicKey: app.publicKey });
const alipay = new AlipayClient({ appId: gateway.appId, privateKey: app.privateKey, alipayPublicKey: gateway.alipayPublicKey, fetch: gateway.fetch });
const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
try { gateway.handlers; console.log('handlers without msw?'); } catch (err) { console.log(card.card_info.balance, err.code, /npm install -D msw/.test(err.message)); }
`,
    );
    return expectOutput('node mocks.mjs', run(process.execPath, ['mocks.mjs'], esm), '124.89 ERR_CONFIG true');
  });

  await check('Node CommonJS (node --env-file=.env index.cjs)', () => {
    const dir = project('node-cjs');
    copyFileSync(`${examples}node.cjs`, `${dir}index.cjs`);
    copyFileSync(envFile, `${dir}.env`);
    return expectOutput('node index.cjs', run(process.execPath, ['--env-file=.env', 'index.cjs'], dir), '124.89');
  });

  await check('TypeScript strict (tsc --noEmit, then npx tsx --env-file=.env index.ts)', () => {
    const dir = project('node-ts', { type: 'module' });
    copyFileSync(`${examples}node.ts`, `${dir}index.ts`);
    copyFileSync(envFile, `${dir}.env`);
    // @types/node from this repository: the quick start reads process.env.
    writeFileSync(
      `${dir}tsconfig.json`,
      JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, skipLibCheck: false, types: ['node'], typeRoots: [`${root}node_modules/@types`] }, include: ['index.ts'] }),
    );
    const tsc = run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', '.'], dir);
    if (tsc.code !== 0) throw new Error(`tsc: ${tsc.stdout}${tsc.stderr}`);
    // A typo in a result field does not compile, and the message names it.
    writeFileSync(`${dir}typo.ts`, readFileSync(`${dir}index.ts`, 'utf8').replace('card.card_info.balance', 'card.card_info.balanse'));
    writeFileSync(`${dir}tsconfig.typo.json`, JSON.stringify({ extends: './tsconfig.json', include: ['typo.ts'] }));
    const typo = run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.typo.json'], dir);
    if (typo.code === 0 || !/Property 'balanse' does not exist/.test(typo.stdout)) throw new Error(`the typo compiled: ${typo.stdout}`);
    // alipay-edge/mocks' types without msw installed (skipLibCheck off, as the strictest projects run).
    writeFileSync(`${dir}mocks.ts`, `import { createMockGateway, generateKeyPair } from 'alipay-edge/mocks';\nconst app = await generateKeyPair();\nconst gateway = await createMockGateway({ appPublicKey: app.publicKey });\nexport const fetcher: typeof fetch = gateway.fetch;\n`);
    writeFileSync(`${dir}tsconfig.mocks.json`, JSON.stringify({ extends: './tsconfig.json', include: ['mocks.ts'] }));
    const mocks = run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.mocks.json'], dir);
    if (mocks.code !== 0) throw new Error(`tsc over alipay-edge/mocks without msw: ${mocks.stdout}${mocks.stderr}`);
    const tsx = `${root}node_modules/.bin/tsx`;
    return `${expectOutput('tsx index.ts', run(tsx, ['--env-file=.env', 'index.ts'], dir), '124.89')}; tsc strict passes (alipay-edge/mocks too, without msw), card_info.balanse fails`;
  });

  await check('Deno (deno run --allow-net --allow-env --env-file=.env main.ts)', () => {
    const dir = project('deno');
    copyFileSync(`${examples}deno.ts`, `${dir}main.ts`);
    copyFileSync(envFile, `${dir}.env`);
    writeFileSync(`${dir}deno.json`, JSON.stringify({ nodeModulesDir: 'manual' }));
    const deno = require.resolve('deno/bin.cjs');
    return expectOutput('deno run main.ts', run(process.execPath, [deno, 'run', '--allow-net', '--allow-env', '--env-file=.env', 'main.ts'], dir, { DENO_DIR: `${work}deno-cache` }), '13888888888');
  });

  await check('workerd (the Worker quick start bundled from the installed package, Node compatibility off)', async () => {
    const dir = project('worker', { type: 'module' });
    copyFileSync(`${examples}worker.js`, `${dir}index.js`);
    // As wrangler bundles it: esbuild, worker conditions, from the project's own node_modules.
    await esbuild.build({ absWorkingDir: dir, entryPoints: ['index.js'], outfile: `${dir}worker.bundle.js`, bundle: true, format: 'esm', platform: 'neutral', conditions: ['workerd', 'worker', 'browser'], mainFields: ['module', 'main'], target: 'es2022', logLevel: 'error' });
    writeFileSync(
      `${dir}driver.js`,
      `export const quick_start = { async test(_c, env) {
  const ok = await env.EXAMPLE.fetch('https://merchant.example/?card=000001');
  const missing = await env.EXAMPLE.fetch('https://merchant.example/?card=999999');
  console.log('RESULT', ok.status, await ok.text(), missing.status, await missing.text());
} };`,
    );
    const text = (value) => JSON.stringify(value);
    const bindings = ['ALIPAY_APP_ID', 'ALIPAY_PRIVATE_KEY', 'ALIPAY_PUBLIC_KEY', 'ALIPAY_GATEWAY'].map((key) => `(name = ${text(key)}, text = ${text(env[key])})`).join(', ');
    writeFileSync(
      `${dir}config.capnp`,
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "example", worker = (modules = [(name = "example", esModule = embed "worker.bundle.js")],
      compatibilityDate = "2025-01-01", globalOutbound = "loopback", bindings = [${bindings}])),
    (name = "loopback", network = (allow = ["public", "private", "local"])),
    (name = "driver", worker = (modules = [(name = "driver", esModule = embed "driver.js")],
      compatibilityDate = "2025-01-01", bindings = [(name = "EXAMPLE", service = "example")])),
  ],
);
`,
    );
    const result = run(require.resolve('workerd/bin/workerd'), ['test', `${dir}config.capnp`], dir);
    const line = `${result.stdout}\n${result.stderr}`.match(/RESULT (.*)/)?.[1];
    const expected = '200 {"balance":"124.89","level":"VIP1"} 404 {"error":"CARD_NOT_EXIT"}';
    if (result.code !== 0 || line !== expected) throw new Error(`workerd: exit ${result.code}, ${line ?? `${result.stdout}${result.stderr}`.slice(0, 1500)}`);
    return `GET /?card=000001 → 200, ?card=999999 → 404`;
  });
} finally {
  server.kill('SIGINT');
}
if (failed === 0) rmSync(work, { recursive: true, force: true });
else console.log(`projects kept for inspection in ${work}`);
const requests = serverOutput.split('\n').filter((line) => /alipay\.marketing\.card\./.test(line)).length;
console.log(`the mock gateway logged ${requests} card requests from the projects`);
console.log(`fresh projects: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
