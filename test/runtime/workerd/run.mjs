#!/usr/bin/env node
// Runs the runtime suite inside workerd (the npm package's binary, nothing downloaded):
//  1. runtime_suite_msw: the suite with the MSW mock gateway, nodejs_compat on (MSW needs it);
//  2. library_smoke_no_nodejs_compat: the library alone with Node compatibility off;
//  3. readme_worker_example: the README's Worker, keys from env bindings, its outbound fetches
//     routed to the mock gateway Worker.
// Prints one line per case and a closing "workerd: N passed, M failed".
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { bundleWorkers } from './bundle.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const out = `${root}.tmp/workerd/`;
mkdirSync(out, { recursive: true });

const entries = {
  suite: 'test/runtime/workerd/suite.worker.ts',
  smoke: 'test/runtime/workerd/smoke.worker.ts',
  gateway: 'test/runtime/workerd/gateway.worker.ts',
  driver: 'test/runtime/workerd/driver.worker.ts',
  example: 'test/runtime/examples/worker.js',
};
await bundleWorkers(root, entries, out);

const pem = (type) => (key) => key.export({ type, format: 'pem' });
const app = generateKeyPairSync('rsa', { modulusLength: 2048 });
const alipay = generateKeyPairSync('rsa', { modulusLength: 2048 });
const text = (value) => JSON.stringify(value); // a Cap'n Proto string literal is JSON-compatible
const APP_ID = '2021000000000001';

const config = `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [
    (name = "suite", worker = (modules = [(name = "suite", esModule = embed "suite.js")],
      compatibilityDate = "2025-01-01", compatibilityFlags = ["nodejs_compat"])),
    (name = "smoke", worker = (modules = [(name = "smoke", esModule = embed "smoke.js")],
      compatibilityDate = "2025-01-01", compatibilityFlags = ["no_nodejs_compat"])),
    (name = "gateway", worker = (modules = [(name = "gateway", esModule = embed "gateway.js")],
      compatibilityDate = "2025-01-01", bindings = [
        (name = "APP_ID", text = ${text(APP_ID)}),
        (name = "APP_PUBLIC_KEY", text = ${text(pem('spki')(app.publicKey))}),
        (name = "ALIPAY_PRIVATE_KEY", text = ${text(pem('pkcs8')(alipay.privateKey))}),
        (name = "ALIPAY_PUBLIC_KEY", text = ${text(pem('spki')(alipay.publicKey))}),
      ])),
    (name = "example", worker = (modules = [(name = "example", esModule = embed "example.js")],
      compatibilityDate = "2025-01-01", globalOutbound = "gateway", bindings = [
        (name = "ALIPAY_APP_ID", text = ${text(APP_ID)}),
        (name = "ALIPAY_PRIVATE_KEY", text = ${text(pem('pkcs1')(app.privateKey))}),
        (name = "ALIPAY_PUBLIC_KEY", text = ${text(pem('spki')(alipay.publicKey))}),
      ])),
    (name = "misconfigured", worker = (modules = [(name = "example", esModule = embed "example.js")],
      compatibilityDate = "2025-01-01", globalOutbound = "gateway", bindings = [
        (name = "ALIPAY_APP_ID", text = ${text(APP_ID)}),
        (name = "ALIPAY_PRIVATE_KEY", text = "pasted-without-the-key"),
        (name = "ALIPAY_PUBLIC_KEY", text = ${text(pem('spki')(alipay.publicKey))}),
      ])),
    (name = "driver", worker = (modules = [(name = "driver", esModule = embed "driver.js")],
      compatibilityDate = "2025-01-01", bindings = [(name = "EXAMPLE", service = "example"), (name = "MISCONFIGURED", service = "misconfigured")])),
  ],
);
`;
writeFileSync(`${out}config.capnp`, config);

const require = createRequire(import.meta.url);
const workerd = require.resolve('workerd/bin/workerd');
console.log(execFileSync(workerd, ['--version']).toString().trim());
const run = spawnSync(workerd, ['test', '--verbose', `${out}config.capnp`], { encoding: 'utf8', timeout: 120_000 });
const output = `${run.stdout}\n${run.stderr}`;

// Our own per-case lines, then workerd's verdict per test export.
const lines = output.split('\n');
for (const line of lines) if (/\[(suite|smoke|example)\] (PASS|FAIL)/.test(line)) console.log(line.replace(/^.*?(\[(suite|smoke|example)\])/, '$1'));
const passed = lines.filter((l) => /\[ PASS \]/.test(l));
const failed = lines.filter((l) => /\[ FAIL \]/.test(l));
for (const line of [...passed, ...failed]) console.log(line.replace(/^.*?(\[ (PASS|FAIL) \])/, 'workerd $1'));
const cases = lines.filter((l) => /\[(suite|smoke|example)\] PASS/.test(l)).length;
const caseFailures = lines.filter((l) => /\[(suite|smoke|example)\] FAIL/.test(l)).length;
if (run.status !== 0 || failed.length > 0 || passed.length !== 3) {
  console.log(output);
}
console.log(`workerd: ${cases} passed, ${caseFailures + (3 - passed.length)} failed (${passed.length}/3 test exports passed)`);
process.exit(run.status === 0 && failed.length === 0 && passed.length === 3 && caseFailures === 0 ? 0 : 1);
