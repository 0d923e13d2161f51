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
