// Flags win, everywhere: a flag on the command line, then the --config file, then the ALIPAY_*
// variables, then the default. The gateway and --sandbox go together (so --sandbox is never undone
// by an ALIPAY_GATEWAY left in the shell), and so do Alipay's key and its certificates.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type MockServer, startMockServer } from '../../mocks/server.ts';
import { CARD_QUERY, cliRun as cli, testKeys } from '../support.ts';

const work = mkdtempSync(join(tmpdir(), 'alipay-edge-settings-'));
const file = (name: string, content: string) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

let keys: Awaited<ReturnType<typeof testKeys>>;
let asked: MockServer;
let left: MockServer;
const APP_ID = '2021000000000042';
beforeAll(async () => {
  keys = await testKeys();
  const start = () => startMockServer({ appPublicKey: keys.app.publicKey, alipayKeys: keys.alipay, appId: APP_ID });
  [asked, left] = await Promise.all([start(), start()]);
});
afterAll(() => Promise.all([asked.close(), left.close()]));

const env = () => ({ ALIPAY_APP_ID: APP_ID, ALIPAY_PRIVATE_KEY: keys.app.privateKey, ALIPAY_PUBLIC_KEY: keys.alipay.publicKey });
const biz = ['--biz', '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}'];

describe('flags win over the environment and the --config file', () => {
  it('doctor --sandbox with ALIPAY_GATEWAY set: the sandbox, and it says what was left out', async () => {
    const run = await cli(['doctor', '--sandbox'], { ...env(), ALIPAY_GATEWAY: left.gatewayUrl });
    expect(run.stdout).toContain(`✓ gateway https://openapi-sandbox.dl.alipaydev.com/gateway.do (--sandbox; ALIPAY_GATEWAY left out)`);
    const fromEnv = await cli(['doctor'], { ...env(), ALIPAY_GATEWAY: left.gatewayUrl });
    expect(fromEnv.stdout).toContain(`✓ gateway ${left.gatewayUrl} (ALIPAY_GATEWAY)`);
    expect((await cli(['doctor'], env())).stdout).toContain('✓ gateway https://openapi.alipay.com/gateway.do (the default: production)');
  });

  it('call --gateway with ALIPAY_GATEWAY set: the call reaches the flag\'s gateway only', async () => {
    const before = [asked.gateway.requests.length, left.gateway.requests.length];
    const run = await cli(['call', CARD_QUERY, ...biz, '--gateway', asked.gatewayUrl], { ...env(), ALIPAY_GATEWAY: left.gatewayUrl });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect([asked.gateway.requests.length, left.gateway.requests.length]).toEqual([before[0]! + 1, before[1]]);
  });

  it('--config over the environment; a flag over --config; a config file that sets sandbox over ALIPAY_GATEWAY', async () => {
    const config = file('alipay.json', JSON.stringify({ ...env(), appId: '2021000000000099', gateway: asked.gatewayUrl }).replace('ALIPAY_APP_ID', 'x').replace('ALIPAY_PRIVATE_KEY', 'privateKey').replace('ALIPAY_PUBLIC_KEY', 'alipayPublicKey'));
    const run = await cli(['doctor', '--config', config], { ...env(), ALIPAY_GATEWAY: left.gatewayUrl });
    expect(run.stdout).toContain('✓ appId 2021000000000099');
    expect(run.stdout).toContain(`✓ gateway ${asked.gatewayUrl} (gateway in ${config}; ALIPAY_GATEWAY left out)`);
    const flag = await cli(['doctor', '--config', config, '--app-id', '2021000000000001', '--gateway', left.gatewayUrl]);
    expect(flag.stdout).toContain('✓ appId 2021000000000001');
    expect(flag.stdout).toContain(`✓ gateway ${left.gatewayUrl} (--gateway; gateway in ${config} left out)`);
    const sandboxFile = file('sandbox.json', JSON.stringify({ sandbox: true }));
    const sandbox = await cli(['doctor', '--config', sandboxFile], { ...env(), ALIPAY_GATEWAY: left.gatewayUrl });
    expect(sandbox.stdout).toContain(`✓ gateway https://openapi-sandbox.dl.alipaydev.com/gateway.do (sandbox in ${sandboxFile}; ALIPAY_GATEWAY left out)`);
  });

  it('a key flag over certificate variables (one mode, from the first source that sets any)', async () => {
    const run = await cli(['doctor', `--alipay-public-key=${keys.alipay.publicKey}`], { ...env(), ALIPAY_PUBLIC_KEY: '', ALIPAY_PUBLIC_CERT: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/✓ alipayPublicKey: readable/);
  });

  it('verify-notify --public-key over ALIPAY_PUBLIC_CERT; both flags are refused', async () => {
    const body = 'a=1&sign_type=RSA2&sign=eA==';
    const run = await cli(['verify-notify', '--body', body, `--public-key=${keys.alipay.publicKey}`], { ALIPAY_PUBLIC_CERT: 'not a certificate' });
    expect(run.stdout).toMatch(/verdict: INVALID/); // verified with the flag's key (the variable's text would be ERR_CERT_INVALID)
    expect(run.code).toBe(1);
    const both = await cli(['verify-notify', '--body', body, `--public-key=${keys.alipay.publicKey}`, '--alipay-public-cert', 'x.crt']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/give --public-key or --alipay-public-cert, not both/);
  });

  it('an empty variable is not set, and doctor says it is empty', async () => {
    const run = await cli(['doctor'], { ...env(), ALIPAY_PRIVATE_KEY: '' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('✗ privateKey: missing (--private-key or ALIPAY_PRIVATE_KEY) (ALIPAY_PRIVATE_KEY is set, but empty)');
  });

  it('a one-value flag given twice is refused, not the last one silently kept', async () => {
    const run = await cli(['doctor', '--gateway', asked.gatewayUrl, '--gateway', left.gatewayUrl], env());
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^alipay-edge doctor: --gateway was given 2 times: give it once$/m);
  });

  it('doctor: a plain-http gateway on another host is flagged (allowed for test setups)', async () => {
    const run = await cli(['doctor', '--gateway', 'http://gw.internal/gateway.do'], env());
    expect(run.stdout).toContain('! gateway http://gw.internal/gateway.do is plain http on a host that is not this machine: fine for a test setup, never for Alipay (https).');
    expect(run.code).toBe(0);
  });
});
