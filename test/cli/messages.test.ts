// Usage mistakes are one line that says what to do (exit code 2, no stack trace): a file that is
// not there, JSON that breaks (where, and what was expected; never the text, which may hold a key),
// an unknown or doubled flag. And diagnose takes the whole request, URL and body, or says which
// part is missing instead of blaming a proxy.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../mocks/index.ts';
import { startMockServer } from '../../mocks/server.ts';
import { jsonErrorAt } from '../../src/cli/json.ts';
import { buildSignContent, encodeRequest, importPrivateKey, signContent } from '../../src/protocol.ts';
import { CARD_QUERY, cliRun as cli, testKeys } from '../support.ts';

const work = mkdtempSync(join(tmpdir(), 'alipay-edge-messages-'));
const file = (name: string, content: string) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};

/** A usage error's one line (main adds the --help hint after it). */
async function usage(args: string[], env: Record<string, string> = {}): Promise<string> {
  const run = await cli(args, env);
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe(`(alipay-edge ${args[0]} --help for usage)`);
  return lines[0]!.replace(`alipay-edge ${args[0]}: `, '');
}

describe('files, JSON and flags: one line each, saying what to do', () => {
  it('a file that is not there, or is a directory', async () => {
    expect(await usage(['sign-content', '--json', 'missing.json'])).toBe('--json: no such file missing.json (give a file path, - for stdin, or the text itself)');
    expect(await usage(['sign', '--param', 'a=1', '--private-key', './keys/app_private_key'])).toBe('--private-key: no such file ./keys/app_private_key (give a file path, - for stdin, or the text itself)');
    expect(await usage(['verify-response', '--method', CARD_QUERY, '--body', join(work, 'nope', 'answer')])).toMatch(/^--body: no such file /);
    expect(await usage(['doctor', '--config', 'alipay.json'])).toBe('--config: no such file alipay.json (give a file path, - for stdin, or the text itself)');
    mkdirSync(join(work, 'keys'), { recursive: true });
    expect(await usage(['sign', '--param', 'a=1', '--private-key', `@${join(work, 'keys')}`])).toBe(`--private-key: ${join(work, 'keys')} is a directory: give a file`);
    // Text that is not a path is still text: the key's own error.
    const key = await cli(['sign', '--param', 'a=1', '--private-key', 'not-a-key']);
    expect(key.stderr).toMatch(/ERR_KEY_INVALID: privateKey is not usable/);
  });

  it('JSON that breaks says where and what was expected, and never shows the text', async () => {
    expect(await usage(['call', CARD_QUERY, '--biz', '{bad'])).toBe('--biz is not JSON: at line 1, column 2, expected a property name in double quotes. It holds no double quote: did the shell remove them? Put the whole JSON in single quotes (--biz \'{"key": "value"}\').');
    expect(await usage(['call', CARD_QUERY, '--biz', '{"target_card_no": "1",}'])).toBe('--biz is not JSON: at line 1, column 24, expected a property name in double quotes.');
    expect(await usage(['call', CARD_QUERY, '--biz', '["BIZ_CARD"]'])).toBe('--biz must be a JSON object ({ … }), got an array.');
    expect(await usage(['sign-content', '--json', '{"a": 1} {"b": 2}'])).toBe('--json is not JSON: at line 1, column 10, expected nothing after the JSON value.');
    const { privateKey } = await generateKeyPair();
    const config = file('broken.json', `{\n  "appId": "2021000000000042",\n  "privateKey": ${JSON.stringify(privateKey)}\n  "gateway": "x"\n}`);
    const message = await usage(['doctor', '--config', config]);
    expect(message).toBe(`--config ${config} is not JSON: at line 4, column 3, expected ',' or '}' after a property value.`);
    expect(message).not.toContain(privateKey.split('\n')[1]!.slice(0, 20));
  });

  it('the JSON locator agrees with JSON.parse on what is JSON', () => {
    for (const text of ['{}', '[]', '"a\\u00e9\\n"', '-0.5e+3', ' {"a":[1,{"b":null}],"c":true} ', 'false']) expect(jsonErrorAt(text)).toBeUndefined();
    for (const text of ['', '{', '{"a"}', '{"a":}', '[1,]', '"\\x"', '"a\nb"', '01', 'tru', '{"a":1}}', '"\\u12"']) {
      expect(() => JSON.parse(text)).toThrow();
      expect(jsonErrorAt(text)).toBeDefined();
    }
  });

  it('an unknown flag names the closest; a missing value and a PEM after a flag say how to write them', async () => {
    expect(await usage(['keygen', '--out-dri', 'keys'])).toBe('unknown flag --out-dri: did you mean --out-dir? This command takes --pkcs1, --out-dir, --json, --force.');
    expect(await usage(['doctor', '--env-file', '.env'])).toMatch(/^alipay-edge takes no --env-file: load the file into the environment first \(set -a; \. \.\/\.env; set \+a\)/);
    expect(await usage(['mock-gateway', '--port'])).toBe('--port needs a value: --port VALUE');
    expect(await usage(['doctor', '--sandbox=yes'])).toBe('--sandbox takes no value');
    expect(await usage(['verify-notify', '--body', 'a=1', '--public-key', '-----BEGIN PUBLIC KEY-----'])).toBe('the value after --public-key starts with "-" (a PEM\'s -----BEGIN line?): write --public-key=VALUE, or give a file path');
    expect(await usage(['sign-content', '--json', '{}', '--json', '{"a":"1"}'])).toBe('--json was given 2 times: give it once');
  });
});

describe('diagnose takes the whole request, URL and body', () => {
  it('the URL alone says biz_content is missing; URL and body diagnose; --query twice merges, or refuses two values', async () => {
    const { app, alipay } = await testKeys();
    const server = await startMockServer({ appPublicKey: app.publicKey, alipayKeys: alipay, appId: '2021000000000042' });
    try {
      // A foreign client's request, signed with a key that is not the app's: a wrong key pair.
      const stranger = await generateKeyPair();
      const params = { app_id: '2021000000000042', method: CARD_QUERY, charset: 'utf-8', sign_type: 'RSA2', timestamp: '2024-05-01 12:00:00', version: '1.0', biz_content: '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}' };
      const sign = await signContent(buildSignContent(params), await importPrivateKey(stranger.privateKey));
      const request = encodeRequest(server.gatewayUrl, { ...params, sign });
      const answer = file('answer.json', await (await fetch(request.url, { method: 'POST', headers: request.headers, body: request.body as string })).text());

      // The docs' form, the URL only: biz_content travelled in the body.
      const urlOnly = await cli(['diagnose', '--answer', answer, '--query', request.url]);
      expect(urlOnly.code).toBe(2);
      expect(urlOnly.stdout).toMatch(/The gateway answered isv\.invalid-signature/);
      expect(urlOnly.stderr).toMatch(/the gateway received biz_content, and what you gave has none: --query holds the URL, and biz_content travels in the POST body\. Give the form body too \(--body 'biz_content=…'/);
      expect(urlOnly.stdout).not.toMatch(/proxy/);

      const whole = await cli(['diagnose', '--answer', answer, '--query', request.url, '--body', request.body as string]);
      expect(whole.code).toBe(0);
      expect(whole.stdout).toMatch(/identical[\s\S]*private key does not belong to the app public key/);
      const bodyOnly = await cli(['diagnose', '--answer', answer, '--body', request.body as string]);
      expect(bodyOnly.code).toBe(2);
      expect(bodyOnly.stderr).toMatch(/--body has none: the common parameters travel in the URL's query string\. Give the request URL too \(--query URL\)/);

      // The URL and the body as two --query: merged, the same diagnosis.
      const twice = await cli(['diagnose', '--answer', answer, '--query', request.url, '--query', request.body as string]);
      expect(twice.code).toBe(0);
      expect(twice.stdout).toMatch(/identical/);
      const conflict = await cli(['diagnose', '--answer', answer, '--query', request.url, '--query', 'version=2.0']);
      expect(conflict.code).toBe(2);
      expect(conflict.stderr).toMatch(/--query sets version twice, to two values: give each parameter once/);
    } finally {
      await server.close();
    }
  });
});
