// The runtime suite on Deno: `deno test` over src/ directly, npm packages from node_modules.
import { bareGateway } from './gateways.ts';
import { mswGateway } from './msw-gateway.ts';
import { runtimeCases } from './suite.ts';

for (const [label, factory] of [['MSW mock gateway', mswGateway], ['bare mock gateway', bareGateway]] as const) {
  for (const c of runtimeCases(factory)) Deno.test(`${label}: ${c.name}`, c.run);
}

Deno.test('README Deno quick start runs against the mock gateway HTTP server, the gateway from ALIPAY_GATEWAY', async () => {
  const { generateKeyPair, SAMPLE_AUTH_TOKEN } = await import('../../mocks/index.ts');
  const { startMockServer } = await import('../../mocks/server.ts');
  const app = await generateKeyPair();
  const server = await startMockServer({ appPublicKey: app.publicKey });
  Deno.env.set('ALIPAY_APP_ID', server.gateway.appId);
  Deno.env.set('ALIPAY_PRIVATE_KEY', app.privateKey);
  Deno.env.set('ALIPAY_PUBLIC_KEY', server.gateway.alipayPublicKey);
  Deno.env.set('ALIPAY_GATEWAY', server.gatewayUrl);
  Deno.env.set('ALIPAY_USER_TOKEN', SAMPLE_AUTH_TOKEN);
  const realLog = console.log;
  const logged: unknown[] = [];
  console.log = (...args: unknown[]) => logged.push(...args);
  try {
    await import('./examples/deno.ts');
  } finally {
    console.log = realLog;
    await server.close();
  }
  if (logged[0] !== '13888888888') throw new Error(`the example printed ${JSON.stringify(logged)}`);
  if (server.gateway.requests.length !== 1) throw new Error(`expected one request at the mock server, saw ${server.gateway.requests.length}`);
});

Deno.test('a Deno program using createMockGateway with msw installed exits by itself when it is done', async () => {
  // msw is installed here (a devDependency): the program loads it, through gateway.handlers.
  const child = new Deno.Command(Deno.execPath(), { args: ['run', '-A', 'test/runtime/deno-mock-exits.ts'], stdout: 'piped', stderr: 'piped' }).spawn();
  // A generous budget, far above the second it takes: the kill only tells a hang from an exit.
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill('SIGKILL');
  }, 120_000);
  const output = await child.output();
  clearTimeout(timer);
  const stdout = new TextDecoder().decode(output.stdout).trim();
  if (killed) throw new Error(`the program did not exit within 120 s (it printed ${JSON.stringify(stdout)}): something it loaded keeps Deno alive`);
  // Both ways answered; handlers there: msw really loaded; 2 requests reached the gateway.
  if (output.code !== 0 || !/^124\.89 124\.89 [1-9]\d* 2$/.test(stdout)) throw new Error(`exit ${output.code}, stdout ${JSON.stringify(stdout)}, stderr ${new TextDecoder().decode(output.stderr)}`);
});

Deno.test('the CLI runs in Deno: sign agrees with a request-signing vector; call uses the embedded mock', async () => {
  const vectors = JSON.parse(await Deno.readTextFile(new URL('../vectors/request-signing.json', import.meta.url))) as Array<{ params: Record<string, string>; private_key_pem: string; sign_type: string; expected_sign: string; expected?: string }>;
  const vector = vectors.find((v) => v.sign_type === 'RSA2' && (v.expected ?? 'valid') === 'valid');
  const run = async (args: string[], env: Record<string, string> = {}) => {
    // Empty ALIPAY_* values: an earlier test set them in this process, and children inherit them.
    const clean = { ALIPAY_APP_ID: '', ALIPAY_PRIVATE_KEY: '', ALIPAY_PUBLIC_KEY: '', ALIPAY_GATEWAY: '', ALIPAY_USER_TOKEN: '' };
    const output = await new Deno.Command(Deno.execPath(), { args: ['run', '-A', 'src/cli/index.ts', ...args], env: { ...clean, ...env }, stdout: 'piped', stderr: 'piped' }).output();
    return { code: output.code, stdout: new TextDecoder().decode(output.stdout) };
  };
  const params = Object.entries(vector!.params).flatMap(([key, value]) => ['--param', `${key}=${value}`]);
  const signed = await run(['sign', ...params, '--sign-type', 'RSA2'], { ALIPAY_PRIVATE_KEY: vector!.private_key_pem });
  if (signed.code !== 0 || !signed.stdout.includes(`sign: ${vector!.expected_sign}`)) throw new Error(`sign in Deno: ${signed.code} ${signed.stdout}`);
  const called = await run(['call', 'alipay.marketing.card.query', '--biz', '{"target_card_no_type":"BIZ_CARD","target_card_no":"000001"}']);
  if (called.code !== 0 || JSON.parse(called.stdout).card_info.balance !== '124.89') throw new Error(`call in Deno: ${called.code} ${called.stdout}`);
});
