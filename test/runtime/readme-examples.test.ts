// The README's quick starts are the files in test/runtime/examples, verbatim, and each runs as a user
// runs it: configuration from the environment, the gateway URL included, against the mock gateway's
// HTTP server (no fetch swapped). Deno's runs in test/runtime/deno.test.ts, the Worker inside workerd
// (test/runtime/workerd), and all of them from the packed tarball in test/package/fresh-projects.ts,
// each in a folder made with `npm init -y`, the Worker with the real Wrangler and wrangler.jsonc.
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { type MockServer, startMockServer } from '../../mocks/server.ts';
import { SAMPLE_AUTH_TOKEN, generateKeyPair } from '../../mocks/index.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('README quick starts', () => {
  let server: MockServer;
  let privateKey: string;
  beforeAll(async () => {
    const app = await generateKeyPair();
    privateKey = app.privateKey;
    server = await startMockServer({ appPublicKey: app.publicKey });
  });
  afterAll(() => server.close());
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it.each([
    ['node.mjs', 'js'],
    ['node.mts', 'ts'],
    ['node.cjs', 'js'],
    ['deno.ts', 'ts'],
    ['worker.js', 'js'],
    ['wrangler.jsonc', 'jsonc'],
  ])('README shows examples/%s verbatim', (file, lang) => {
    const example = read(`./examples/${file}`).trim();
    expect(read('../../README.md')).toContain(`\`\`\`${lang}\n${example}\n\`\`\``);
  });

  it.each(['node.mjs', 'node.mts'])('the Node quick start %s runs against the mock server, the gateway from ALIPAY_GATEWAY', async (file) => {
    vi.stubEnv('ALIPAY_APP_ID', server.gateway.appId);
    vi.stubEnv('ALIPAY_PRIVATE_KEY', privateKey);
    vi.stubEnv('ALIPAY_PUBLIC_KEY', server.gateway.alipayPublicKey);
    vi.stubEnv('ALIPAY_GATEWAY', server.gatewayUrl);
    vi.stubEnv('ALIPAY_USER_TOKEN', SAMPLE_AUTH_TOKEN);
    const before = server.gateway.requests.length;
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await import(`./examples/${file}`);
    expect(log).toHaveBeenCalledWith('124.89');
    expect(server.gateway.requests.length).toBe(before + 1);
  });

  it('without ALIPAY_GATEWAY the quick start calls production (the request goes to openapi.alipay.com)', async () => {
    vi.stubEnv('ALIPAY_APP_ID', server.gateway.appId);
    vi.stubEnv('ALIPAY_PRIVATE_KEY', privateKey);
    vi.stubEnv('ALIPAY_PUBLIC_KEY', server.gateway.alipayPublicKey);
    vi.stubEnv('ALIPAY_GATEWAY', undefined as unknown as string);
    const seen: string[] = [];
    // Production is never called from a test: the request is caught before it leaves.
    vi.stubGlobal('fetch', async (input: RequestInfo | URL) => {
      seen.push(String(input instanceof Request ? input.url : input));
      throw new TypeError('offline');
    });
    try {
      const file = 'node.mjs';
      await expect(import(`./examples/${file}`)).rejects.toMatchObject({ code: 'ERR_NETWORK' });
    } finally {
      vi.unstubAllGlobals();
    }
    expect(seen[0]).toMatch(/^https:\/\/openapi\.alipay\.com\/gateway\.do\?/);
  });
});
