// Drives the README's Worker example (bound as EXAMPLE) the way a visitor would.
interface Env {
  EXAMPLE: { fetch: (input: string) => Promise<Response> };
  /** The same Worker with a broken ALIPAY_PRIVATE_KEY binding. */
  MISCONFIGURED: { fetch: (input: string) => Promise<Response> };
}

async function expectJson(env: Env, path: string, status: number, body: Record<string, unknown>, service: 'EXAMPLE' | 'MISCONFIGURED' = 'EXAMPLE'): Promise<void> {
  const response = await env[service].fetch(`https://merchant.example${path}`);
  const actual = await response.text();
  if (response.status !== status || actual !== JSON.stringify(body)) {
    throw new Error(`${path}: expected ${status} ${JSON.stringify(body)}, got ${response.status} ${actual}`);
  }
  console.log(`[example] PASS ${path} → ${response.status} ${actual}`);
}

export const readme_worker_example = {
  async test(_controller: unknown, env: Env): Promise<void> {
    await expectJson(env, '/?card=000001', 200, { balance: '124.89', level: 'VIP1' });
    await expectJson(env, '/?card=999999', 404, { error: 'CARD_NOT_EXIT' });
    // A configuration mistake is the Worker's own fault: 500, never a 404 that blames the visitor.
    await expectJson(env, '/?card=000001', 500, { error: 'ERR_KEY_INVALID' }, 'MISCONFIGURED');
  },
};
