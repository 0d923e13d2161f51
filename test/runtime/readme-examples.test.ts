// The README's quick starts are the files in test/runtime/examples, verbatim, and each runs: Node
// here, Deno in test/runtime/deno.test.ts, the Worker inside workerd (test/runtime/workerd).
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mockSetup } from '../support.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('README quick starts', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it.each(['node.ts', 'deno.ts', 'worker.ts'])('README shows examples/%s verbatim', (file) => {
    const example = read(`./examples/${file}`).trim();
    expect(read('../../README.md')).toContain(`\`\`\`ts\n${example}\n\`\`\``);
  });

  it('the Node quick start runs against the mock gateway', async () => {
    const { gateway, keys } = await mockSetup();
    vi.stubEnv('ALIPAY_APP_ID', gateway.appId);
    vi.stubEnv('ALIPAY_PRIVATE_KEY', keys.app.privateKey);
    vi.stubEnv('ALIPAY_PUBLIC_KEY', gateway.alipayPublicKey);
    vi.stubGlobal('fetch', gateway.fetch); // the example uses the global fetch, as users do
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    await import('./examples/node.ts');
    expect(log).toHaveBeenCalledWith('124.89');
    expect(gateway.requests).toHaveLength(1);
  });
});
