// The runtime suite on Deno: `deno test` over src/ directly, npm packages from node_modules.
import { bareGateway } from './gateways.ts';
import { mswGateway } from './msw-gateway.ts';
import { runtimeCases } from './suite.ts';

for (const [label, factory] of [['MSW mock gateway', mswGateway], ['bare mock gateway', bareGateway]] as const) {
  for (const c of runtimeCases(factory)) Deno.test(`${label}: ${c.name}`, c.run);
}

Deno.test('README Deno quick start runs against the mock gateway', async () => {
  const { createMockGateway, generateKeyPair } = await import('../../mocks/index.ts');
  const app = await generateKeyPair();
  const gateway = await createMockGateway({ appPublicKey: app.publicKey });
  Deno.env.set('ALIPAY_APP_ID', gateway.appId);
  Deno.env.set('ALIPAY_PRIVATE_KEY', app.privateKey);
  Deno.env.set('ALIPAY_PUBLIC_KEY', gateway.alipayPublicKey);
  Deno.env.set('USER_AUTH_TOKEN', '20130319e9b8d53d09034da8998caefa756c4006');
  const realFetch = globalThis.fetch;
  const realLog = console.log;
  const logged: unknown[] = [];
  globalThis.fetch = gateway.fetch; // the example uses the global fetch, as users do
  console.log = (...args: unknown[]) => logged.push(...args);
  try {
    await import('./examples/deno.ts');
  } finally {
    globalThis.fetch = realFetch;
    console.log = realLog;
  }
  if (logged[0] !== '13888888888') throw new Error(`the example printed ${JSON.stringify(logged)}`);
});

Deno.test('the CLI runs in Deno: sign agrees with a request-signing vector; call uses the embedded mock', async () => {
  const vectors = JSON.parse(await Deno.readTextFile(new URL('../vectors/request-signing.json', import.meta.url))) as Array<{ params: Record<string, string>; private_key_pem: string; sign_type: string; expected_sign: string; expected?: string }>;
  const vector = vectors.find((v) => v.sign_type === 'RSA2' && (v.expected ?? 'valid') === 'valid');
  const run = async (args: string[], env: Record<string, string> = {}) => {
    // Empty ALIPAY_* values: an earlier test set them in this process, and children inherit them.
    const clean = { ALIPAY_APP_ID: '', ALIPAY_PRIVATE_KEY: '', ALIPAY_PUBLIC_KEY: '', USER_AUTH_TOKEN: '' };
    const output = await new Deno.Command(Deno.execPath(), { args: ['run', '-A', 'src/cli/index.ts', ...args], env: { ...clean, ...env }, stdout: 'piped', stderr: 'piped' }).output();
    return { code: output.code, stdout: new TextDecoder().decode(output.stdout) };
  };
  const params = Object.entries(vector!.params).flatMap(([key, value]) => ['--param', `${key}=${value}`]);
  const signed = await run(['sign', ...params, '--sign-type', 'RSA2'], { ALIPAY_PRIVATE_KEY: vector!.private_key_pem });
  if (signed.code !== 0 || !signed.stdout.includes(`sign: ${vector!.expected_sign}`)) throw new Error(`sign in Deno: ${signed.code} ${signed.stdout}`);
  const called = await run(['call', 'alipay.marketing.card.query', '--biz', '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}']);
  if (called.code !== 0 || JSON.parse(called.stdout).card_info.balance !== '124.89') throw new Error(`call in Deno: ${called.code} ${called.stdout}`);
});
