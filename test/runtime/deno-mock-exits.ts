// A Deno program that uses the mock gateway with msw installed, as a user writes one: the gateway's
// fetch, then its MSW handlers under msw's setupServer. test/runtime/deno.test.ts runs it with
// `deno run` and checks that it exits by itself when it is done (importing msw's root entry kept
// Deno alive for ever: its WebSocket support opens a BroadcastChannel that Deno cannot unref).
import { setupServer } from 'msw/node';
import { AlipayClient } from '../../src/index.ts';
import { createMockGateway, generateKeyPair } from '../../mocks/index.ts';

const app = await generateKeyPair();
const gateway = await createMockGateway({ appPublicKey: app.publicKey });
const query = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' } as const;
const injected = new AlipayClient({ appId: gateway.appId, privateKey: app.privateKey, alipayPublicKey: gateway.alipayPublicKey, fetch: gateway.fetch });
const viaFetch = await injected.execute('alipay.marketing.card.query', query);

const server = setupServer(...gateway.handlers);
server.listen({ onUnhandledRequest: 'error' });
try {
  const global = new AlipayClient({ appId: gateway.appId, privateKey: app.privateKey, alipayPublicKey: gateway.alipayPublicKey });
  const viaMsw = await global.execute('alipay.marketing.card.query', query);
  console.log(viaFetch.card_info.balance, viaMsw.card_info.balance, gateway.handlers.length, gateway.requests.length);
} finally {
  server.close();
}
