// The CLI in-process: main(argv, io) with captured output, a given environment and stdin, for each
// command's output and exit code, a success and a failure; keygen's keys work in the library; sign
// and verify-notify agree with the vectors. (The built bin runs end to end in test/package/smoke.mjs.)
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSignContent, importPrivateKey, importPublicKey, parsePrivateKey, signContent, verifyContent } from '../../src/protocol.ts';
import { generateKeyPair } from '../../mocks/index.ts';
import { startMockServer } from '../../mocks/server.ts';
import { type NotifyVector, type RequestVector, type ResponseVector, cliRun as cli, keyConfig, testKeys, vectorText, vectors } from '../support.ts';

const work = mkdtempSync(join(tmpdir(), 'alipay-edge-cli-'));

const file = (name: string, content: string) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

describe.concurrent('alipay-edge CLI', () => {
  it('--help on every command; no command or an unknown one is a usage error (2)', async () => {
    const top = await cli(['--help']);
    expect(top.code).toBe(0);
    const names = ['keygen', 'sign-content', 'sign', 'verify-response', 'verify-notify', 'diagnose', 'doctor', 'call', 'mock-gateway'];
    for (const name of names) expect(top.stdout).toContain(name);
    const helps = await Promise.all(names.map((name) => cli([name, '--help'])));
    for (const [i, run] of helps.entries()) {
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^Usage: alipay-edge ${names[i]}`));
    }
    expect((await cli([])).code).toBe(2);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    const badFlag = await cli(['keygen', '--bogus']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toMatch(/keygen --help/);
  });

  it('keygen: PKCS#8 and PKCS#1 keys that import back and sign; the console one-liner; files', async () => {
    for (const flags of [[], ['--pkcs1']]) {
      const run = await cli(['keygen', '--json', ...flags]);
      expect(run.code).toBe(0);
      const keys = JSON.parse(run.stdout) as { privateKey: string; publicKey: string; publicKeyOneLine: string; format: string };
      expect(parsePrivateKey(keys.privateKey).source).toBe(flags.length ? 'pkcs1' : 'pkcs8');
      expect(keys.privateKey).toContain(flags.length ? 'BEGIN RSA PRIVATE KEY' : 'BEGIN PRIVATE KEY');
      expect(keys.publicKeyOneLine).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(parsePrivateKey(keys.privateKey).modulus!.length).toBe(256); // 2048 bits
      const signature = await signContent('a=1', await importPrivateKey(keys.privateKey));
      expect(await verifyContent('a=1', signature, await importPublicKey(keys.publicKeyOneLine))).toBe(true);
    }
    const dir = join(work, 'keys');
    const written = await cli(['keygen', '--out-dir', dir]);
    expect(written.code).toBe(0);
    expect(readFileSync(join(dir, 'app_private_key.pem'), 'utf8')).toContain('BEGIN PRIVATE KEY');
    expect(readFileSync(join(dir, 'app_public_key.txt'), 'utf8').trim()).toMatch(/^MIIB/);
    const text = await cli(['keygen']);
    expect(text.stdout).toMatch(/# App public key, one line: paste this into the Alipay console\nMIIB/);
  });

  const validRequests = vectors<RequestVector>('request-signing.json').filter((v) => (v.expected ?? 'valid') === 'valid');
  it.each(validRequests.map((v) => [v.id, v] as const))('sign agrees with %s', async (_id, vector) => {
    const run = await cli(['sign', '--json', file(`${vector.id}.json`, JSON.stringify(vector.params)), '--private-key', file(`${vector.id}.pem`, vector.private_key_pem), '--json-output']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ signType: vector.sign_type, signContent: vector.sign_content, sign: vector.expected_sign });
  });

  it('sign-content and sign: params from flags and a query string; missing input or key is a usage error', async () => {
    const content = await cli(['sign-content', '--query', 'https://x/gateway.do?method=m&app_id=1&sign=s&empty=', '--param', 'biz_content={"a":"中文"}']);
    expect(content.code).toBe(0);
    expect(content.stdout.trim()).toBe('app_id=1&biz_content={"a":"中文"}&method=m');
    const vector = validRequests.find((v) => v.sign_type === 'RSA2')!;
    const flags = Object.entries(vector.params).flatMap(([key, value]) => ['--param', `${key}=${value}`]);
    const viaEnv = await cli(['sign', ...flags, '--sign-type', 'RSA2'], { ALIPAY_PRIVATE_KEY: vector.private_key_pem });
    expect(viaEnv.stdout).toContain(`sign: ${vector.expected_sign}`);
    // An environment variable may name the key file instead of holding the key.
    const viaEnvFile = await cli(['sign', ...flags, '--sign-type', 'RSA2'], { ALIPAY_PRIVATE_KEY: file('env-key.pem', vector.private_key_pem) });
    expect(viaEnvFile.stdout).toContain(`sign: ${vector.expected_sign}`);
    const noParams = await cli(['sign-content']);
    expect(noParams.code).toBe(2);
    expect(noParams.stderr).toMatch(/no parameters/);
    const noKey = await cli(['sign', '--param', 'a=1']);
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toMatch(/no private key/);
    const badKey = await cli(['sign', '--param', 'a=1', '--private-key', 'not-a-key']);
    expect(badKey.code).toBe(2);
    expect(badKey.stderr).toMatch(/ERR_KEY_INVALID/);
  });

  it('verify-response: a valid vector (0) and a tampered one (1), printing the span', async () => {
    const all = vectors<ResponseVector>('responses.json');
    const valid = all.find((v) => v.expected === 'valid' && v.format === 'json' && v.public_key_pem !== undefined && all.some((t) => t.twin_of === v.id))!;
    const tampered = all.find((v) => v.twin_of === valid.id && v.expected === 'invalid')!;
    const key = file('alipay-public.pem', valid.public_key_pem!);
    const ok = await cli(['verify-response', '--method', valid.method, '--body', file('valid.json', valid.body), '--public-key', key]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(`signed span: ${valid.expected_signed_content}`);
    expect(ok.stdout).toMatch(/verdict: valid/);
    const bad = await cli(['verify-response', '--method', tampered.method, '--body', '-', '--public-key', key], {}, tampered.body);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toMatch(/verdict: INVALID/);
    const certVector = all.find((v) => v.expected === 'valid' && (v.alipay_cert_pem ?? v.alipay_cert_file) !== undefined)!;
    const certPem = certVector.alipay_cert_pem ?? vectorText(certVector.alipay_cert_file!);
    const viaCert = await cli(['verify-response', '--method', certVector.method, '--body', file(`cert.${certVector.format}`, certVector.body), '--alipay-public-cert', file('cert.crt', certPem)]);
    expect(viaCert.code).toBe(0);
    const missing = await cli(['verify-response', '--method', valid.method]);
    expect(missing.code).toBe(2);
  });

  it.each(vectors<NotifyVector>('notify.json').map((v) => [v.id, v] as const))(
    'verify-notify agrees with %s',
    async (_id, vector) => {
      const body = new URLSearchParams(vector.params).toString();
      const run = await cli(['verify-notify', '--body', file(`${vector.id}.form`, body), '--rule', vector.rule, '--public-key', file(`${vector.id}.pem`, vector.public_key_pem)]);
      expect(run.code).toBe(vector.expected === 'valid' ? 0 : 1);
      expect(run.stdout).toContain(`sign content (${vector.rule}): ${vector.expected_sign_content}`);
      expect(run.stdout).toContain(`verdict: ${vector.expected === 'valid' ? 'valid' : 'INVALID'}`);
    },
  );

  it('call: the embedded mock gateway without credentials; a gateway error exits 1; bad JSON exits 2', async () => {
    const ok = await cli(['call', 'alipay.marketing.card.query', '--biz', '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}']);
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/EMBEDDED MOCK gateway/);
    expect(JSON.parse(ok.stdout).card_info.balance).toBe('124.89');
    const missing = await cli(['call', 'alipay.marketing.card.query', '--biz', '{"target_card_no_type":"BIZ_CARD","target_card_no":"404"}', '--format', 'xml']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/40004 Business Failed CARD_NOT_EXIT/);
    expect((await cli(['call', 'alipay.marketing.card.query', '--biz', '{nope'])).code).toBe(2);
    const invalid = await cli(['call', 'alipay.marketing.card.query', '--biz', '{"target_card_no_type":"BIZ_CARD"}']);
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toMatch(/ERR_REQUEST_INVALID/);
  });

  it('doctor: a broken configuration (1) and the fixed one (0), with --call against the HTTP mock', async () => {
    const { app, alipay } = await testKeys();
    const server = await startMockServer({ appPublicKey: app.publicKey, alipayKeys: alipay, appId: '2021000000000042' });
    try {
      const env = { ALIPAY_APP_ID: '2021000000000042', ALIPAY_PRIVATE_KEY: app.privateKey };
      const broken = await cli(['doctor', '--gateway', server.gatewayUrl], { ...env, ALIPAY_PUBLIC_KEY: app.publicKey });
      expect(broken.code).toBe(1);
      expect(broken.stdout).toMatch(/✗ ERR_CONFIG: alipayPublicKey is the public half of your own privateKey/);
      const wrongPair = await cli(['doctor', '--app-public-key', file('other.pem', (await generateKeyPair()).publicKey)], { ...env, ALIPAY_PUBLIC_KEY: alipay.publicKey });
      expect(wrongPair.code).toBe(1);
      expect(wrongPair.stdout).toMatch(/✗ app public key: does NOT belong to privateKey/);
      const fixed = await cli(['doctor', '--gateway', server.gatewayUrl, '--call', '--app-public-key', file('app.pem', app.publicKey)], { ...env, ALIPAY_PUBLIC_KEY: alipay.publicKey });
      expect(fixed.code).toBe(0);
      expect(fixed.stdout).toMatch(/✓ privateKey: PKCS#8, RSA 2048 bits/);
      expect(fixed.stdout).toMatch(/✓ app public key: belongs to privateKey/);
      expect(fixed.stdout).toMatch(/✓ call to http:\/\/127\.0\.0\.1:\d+\/gateway\.do: the gateway answered 40004 .*CARD_NOT_EXIT[\s\S]*the keys are right/);
      expect(fixed.stdout).toMatch(/All checks passed\./);
      const wrongApp = await cli(['doctor', '--gateway', server.gatewayUrl, '--call', '--app-id', '2021000000000043'], { ...env, ALIPAY_PUBLIC_KEY: alipay.publicKey });
      expect(wrongApp.code).toBe(1);
      // A mock (not Alipay's production or sandbox): "a sandbox app on production?" would mislead.
      expect(wrongApp.stdout).toMatch(/isv\.invalid-app-id.*\n.*this gateway does not know the app id: check --app-id \(a mock gateway prints its own as ALIPAY_APP_ID\)/);
    } finally {
      await server.close();
    }
  });

  it('CLI verify-notify: an unknown sign_type in the notification is an invalid verdict, not a usage error', async () => {
    const { alipay } = await testKeys();
    const run = await cli(['verify-notify', '--body', 'a=1&sign_type=RSA3&sign=eA=='], { ALIPAY_PUBLIC_KEY: alipay.publicKey });
    expect(run.code).toBe(1);
    expect(run.output).toMatch(/verdict: INVALID \(the notification's sign_type "RSA3" is neither RSA2 nor RSA\)/);
    expect(run.output).not.toMatch(/--sign-type/);
  });

  it('doctor reads a configuration file; the retired sandbox host is explained', async () => {
    const config = file('config.json', JSON.stringify({ ...(await keyConfig()), gateway: 'https://openapi.alipaydev.com/gateway.do' }));
    const run = await cli(['doctor', '--config', config]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/retired sandbox host.*sandbox: true/);
    const fixed = await cli(['doctor', '--config', config, '--sandbox', '--gateway', 'https://openapi-sandbox.dl.alipaydev.com/gateway.do']);
    expect(fixed.code).toBe(0);
  });
});

describe('the CLI explains a foreign client\'s isv.invalid-signature', () => {
  /** Sends a form signed over `signed` but carrying `sent` (what a proxy or a second encoding does). */
  async function foreignCall(gatewayUrl: string, privateKey: string, signed: Record<string, string>, sent: Record<string, string>) {
    const signature = await signContent(buildSignContent(signed), await importPrivateKey(privateKey));
    const body = new URLSearchParams({ ...sent, sign: signature }).toString();
    const answer = await (await fetch(gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded;charset=utf-8' }, body })).text();
    return { answer, form: new URLSearchParams({ ...signed, sign: signature }).toString() };
  }

  it('diagnose: the first difference and the parameter that changed; identical contents blame the key pair; verify-response points to it', async () => {
    const { app, alipay } = await testKeys();
    const server = await startMockServer({ appPublicKey: app.publicKey, alipayKeys: alipay, appId: '2021000000000042' });
    try {
      const params = { app_id: '2021000000000042', method: 'alipay.marketing.card.query', charset: 'utf-8', sign_type: 'RSA2', timestamp: '2024-05-01 12:00:00', version: '1.0', biz_content: '{"target_card_no_type":"BIZ_CARD","target_card_no":"a&b <c>"}' };
      // The value reached the gateway changed (its & became a space, as a proxy re-encoding the form does).
      const changed = { ...params, biz_content: params.biz_content.replace('a&b', 'a b') };
      const { answer, form } = await foreignCall(server.gatewayUrl, app.privateKey, params, changed);
      expect(answer).toContain('isv.invalid-signature');
      expect(answer).toContain('&amp;'); // the gateway's echo is HTML-escaped
      const answerFile = file('foreign-answer.json', answer);
      const run = await cli(['diagnose', '--answer', answerFile, '--query', form]);
      expect(run.code).toBe(0);
      expect(run.stdout).toContain(`gateway's sign content: ${buildSignContent(changed)}`);
      expect(run.stdout).toContain(`your sign content:      ${buildSignContent(params)}`);
      expect(run.stdout).toMatch(/They differ from character \d+: gateway ".*a b.*", you ".*a&b.*"/);
      expect(run.stdout).toMatch(/  biz_content: you signed ".*a&b <c>.*", the gateway received ".*a b <c>.*"/);
      expect(run.stdout).not.toMatch(/  timestamp:/);
      // The same with the sign content the client logged instead of its parameters, and the answer on stdin.
      const viaContent = await cli(['diagnose', '--answer', '-', '--sign-content', buildSignContent(params)], {}, answer);
      expect(viaContent.stdout).toMatch(/biz_content: you signed/);

      // Same parameters, wrong private key: the contents are equal, the key pair is at fault.
      const stranger = await generateKeyPair();
      const wrongKey = await foreignCall(server.gatewayUrl, stranger.privateKey, params, params);
      const keyRun = await cli(['diagnose', '--answer', wrongKey.answer, '--query', wrongKey.form]);
      expect(keyRun.code).toBe(0);
      expect(keyRun.stdout).toMatch(/identical[\s\S]*private key does not belong to the app public key/);

      // verify-response on the same answer: its signature is fine, and it says what the answer means.
      const verify = await cli(['verify-response', '--method', params.method, '--body', answerFile, `--public-key=${alipay.publicKey}`]);
      expect(verify.stderr).toBe('');
      expect(verify.code).toBe(0);
      expect(verify.stdout).toMatch(/verdict: valid\nnote: this answer is isv\.invalid-signature/);
      expect(verify.stdout).toContain(`gateway's sign content: ${buildSignContent(changed)}`);
      expect(verify.stdout).toMatch(/alipay-edge diagnose --answer/);

      // An answer that is not an invalid-signature one, and usage mistakes.
      const other = await cli(['diagnose', '--answer', '{"error_response":{"code":"40004","sub_code":"CARD_NOT_EXIT","sub_msg":"no card"}}', '--param', 'a=1']);
      expect(other.code).toBe(1);
      expect(other.stdout).toMatch(/\(CARD_NOT_EXIT\) echoes no sign content/);
      expect((await cli(['diagnose', '--param', 'a=1'])).code).toBe(2);
      expect((await cli(['diagnose', '--answer', answerFile])).stderr).toMatch(/give your request with --param/);
    } finally {
      await server.close();
    }
  });

  it('sign-content --query refuses HTML-escaped input (the echo pasted as a query) instead of signing its escapes', async () => {
    const run = await cli(['sign-content', '--query', 'app_id=1&amp;method=m&amp;biz_content={&quot;a&quot;:1}']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--query holds HTML escapes .*diagnose --answer/);
    expect(run.stdout).toBe('');
  });

  it('call: partial credentials are refused, naming what is missing; none at all use the mock, said loudly', async () => {
    const partial = await cli(['call', 'alipay.marketing.card.query', '--biz', '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}'], { ALIPAY_APP_ID: '2021000000000042' });
    expect(partial.code).toBe(2);
    expect(partial.stderr).toMatch(/incomplete configuration \(given: appId\); missing --private-key \/ ALIPAY_PRIVATE_KEY, --alipay-public-key/);
    expect(partial.stdout).toBe('');
    const gatewayOnly = await cli(['call', 'alipay.marketing.card.query', '--gateway', 'http://127.0.0.1:9/gateway.do']);
    expect(gatewayOnly.code).toBe(2);
    expect(gatewayOnly.stderr).toMatch(/incomplete configuration \(gateway http:\/\/127\.0\.0\.1:9\/gateway\.do\); missing --app-id/);
    const none = await cli(['call', 'alipay.marketing.card.query', '--biz', '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}']);
    expect(none.code).toBe(0);
    expect(none.stderr).toMatch(/EMBEDDED MOCK gateway, not Alipay/);
  });
});

describe('the CLI in Deno and the published bin', () => {
  it('package.json names the bin alipay-edge → dist/cli.js (no ./: the publish of npm 11 drops a ./-prefixed bin)', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin).toEqual({ 'alipay-edge': 'dist/cli.js' });
  });
});
