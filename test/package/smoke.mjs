#!/usr/bin/env node
// Installs the packed tarball into a fresh temporary project and imports it by name, from ESM
// and from CJS, main entry and `alipay-edge/mocks`, then runs one call end to end through the
// mock gateway. The tarball is `npm pack`'s (its prepack builds dist/), or ALIPAY_EDGE_TARBALL's.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tarballFor } from './pack.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const work = `${root}.tmp/package-smoke/`;
rmSync(work, { recursive: true, force: true });
mkdirSync(`${work}consumer`, { recursive: true });

const npm = (args, cwd) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
const tarball = tarballFor(work);
const packageJson = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
console.log(`installing ${basename(tarball)}`);

writeFileSync(`${work}consumer/package.json`, JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
// msw is the optional peer that alipay-edge/mocks needs; same version as this repository's.
npm(['install', '--no-audit', '--no-fund', '--prefer-offline', tarball, `msw@${packageJson.devDependencies.msw}`], `${work}consumer`);

const scenario = (load) => `
${load}
const app = await generateKeyPair();
const gateway = await createMockGateway({ appPublicKey: app.publicKey });
const alipay = new AlipayClient({ appId: gateway.appId, privateKey: app.privateKey, alipayPublicKey: gateway.alipayPublicKey, fetch: gateway.fetch, xml });
const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
if (card.card_info.balance !== '124.89') throw new Error('wrong balance ' + card.card_info.balance);
// XML answers: the parser from alipay-edge/xml, one copy of the library with the main entry.
const viaXml = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' }, { format: 'xml' });
if (JSON.stringify(viaXml) !== JSON.stringify(card)) throw new Error('XML result differs: ' + JSON.stringify(viaXml));
// Certificate mode and notifications load lazily (their own chunks in the ESM build).
const pki = await createTestPki();
const alipayKeys = await generateKeyPair();
const certGateway = await createMockGateway({ appPublicKey: app.publicKey, alipayKeys, certificates: { alipayCert: await pki.issueAlipayCert(alipayKeys) } });
const certClient = new AlipayClient({ appId: certGateway.appId, privateKey: app.privateKey, appCert: await pki.issueAppCert(app.publicKey), alipayPublicCert: await pki.issueAlipayCert(alipayKeys), alipayRootCert: pki.rootCert, fetch: certGateway.fetch });
const viaCert = await certClient.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
if (viaCert.card_info.balance !== '124.89') throw new Error('certificate mode failed');
if ((await certClient.verifyNotify({ a: '1', sign: 'eA==' })) !== false) throw new Error('verifyNotify accepted a bad sign');
let error;
try { await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '999999' }); } catch (e) { error = e; }
// One copy of the library across both entry points: the error classes are the same.
if (!(error instanceof AlipayApiError) || !(error instanceof AlipayError) || error.subCode !== 'CARD_NOT_EXIT') throw new Error('wrong error ' + error);
console.log(KIND + ': balance ' + card.card_info.balance + ' (JSON, XML and certificate mode alike), unknown card → ' + error.subCode);
`;

writeFileSync(
  `${work}consumer/esm.mjs`,
  scenario(`const KIND = 'ESM import';
import { AlipayApiError, AlipayClient, AlipayError } from 'alipay-edge';
import { createMockGateway, createTestPki, generateKeyPair } from 'alipay-edge/mocks';
import { xml } from 'alipay-edge/xml';`),
);
writeFileSync(
  `${work}consumer/cjs.cjs`,
  `(async () => {${scenario(`const KIND = 'CJS require';
const { AlipayApiError, AlipayClient, AlipayError } = require('alipay-edge');
const { createMockGateway, createTestPki, generateKeyPair } = require('alipay-edge/mocks');
const { xml } = require('alipay-edge/xml');`)}})().catch((err) => { console.error(err); process.exit(1); });`,
);

for (const file of ['esm.mjs', 'cjs.cjs']) {
  process.stdout.write(execFileSync(process.execPath, [file], { cwd: `${work}consumer`, encoding: 'utf8' }));
}
// The bin, as npx runs it: the installed package's CLI against its embedded mock gateway.
const bin = `${work}consumer/node_modules/.bin/alipay-edge`;
const called = JSON.parse(execFileSync(bin, ['call', 'alipay.marketing.card.query', '--biz', '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], env: { PATH: process.env.PATH } }));
if (called.card_info.balance !== '124.89') throw new Error('the bin did not print the card');
console.log(`bin alipay-edge call: balance ${called.card_info.balance}`);

// The bin's mock gateway with plain node: it prints its configuration, answers a client over HTTP,
// and stops on SIGINT with exit code 0.
const server = spawn(process.execPath, [`${work}consumer/node_modules/alipay-edge/dist/cli.js`, 'mock-gateway', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'], env: { PATH: process.env.PATH } });
let output = '';
server.stdout.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
for (let waited = 0; !output.includes('listening on'); waited += 50) {
  if (waited > 30_000) throw new Error(`mock-gateway did not start: ${output}`);
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const served = Object.fromEntries([...output.matchAll(/^(ALIPAY_\w+)=(.*)$/gm)].map(([, key, value]) => [key, value]));
const { AlipayClient } = await import(`${work}consumer/node_modules/alipay-edge/dist/index.js`);
const overHttp = await new AlipayClient({ appId: served.ALIPAY_APP_ID, privateKey: served.ALIPAY_PRIVATE_KEY, alipayPublicKey: served.ALIPAY_PUBLIC_KEY, gateway: served.ALIPAY_GATEWAY })
  .execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' });
if (overHttp.card_info.balance !== '124.89') throw new Error('the bin mock-gateway did not answer the card');
server.kill('SIGINT');
const exitCode = await exited;
if (exitCode !== 0 || !output.includes('mock gateway stopped (SIGINT)')) throw new Error(`mock-gateway exit ${exitCode}: ${output}`);
console.log(`bin alipay-edge mock-gateway: served ${served.ALIPAY_GATEWAY}, balance ${overHttp.card_info.balance}, stopped on SIGINT`);
console.log('package smoke: 4 passed, 0 failed');
