// alipay-edge/mocks: a mock Alipay gateway for tests and local development. The gateway, its keys,
// state and faults, and its injected `fetch` need nothing but the library; msw (an optional peer)
// is loaded only for `gateway.handlers`.
import { AlipayError } from '../src/index.ts';
import { createGatewayCore } from './gateway/core.ts';
import { fieldsOf, mockError } from './checks.ts';
import type { MockGatewayCore, MockGatewayOptions } from './gateway/types.ts';

export { createGatewayCore } from './gateway/core.ts';
export type { MockCertificates, MockGatewayCore, MockGatewayOptions, ReceivedRequest } from './gateway/types.ts';
export { createTestPki, issueCertificate } from './pki.ts';
export type { CertificateRequest, DistinguishedName, TestPki } from './pki.ts';
export { generateKeyPair, toPem } from './keys.ts';
export type { PemKeyPair } from './keys.ts';
export { seededRandom } from './gateway/faults.ts';
export type { FaultRule, MockFault } from './gateway/faults.ts';
export { AS_ERROR_RESPONSE, businessError, invalidAuthToken, success } from './handlers/types.ts';
export type { MethodContext, MethodHandler, MockNode, TradeChange } from './handlers/types.ts';
export { methodHandlers } from './handlers/index.ts';
export { ACTIVATION_PAGE } from './handlers/journey.ts';
export type { FormSubmission } from './handlers/journey.ts';
export type { MockBuyer, PayOptions, PaymentResult } from './gateway/cashier.ts';
export { createClock, parseChinaTime } from './gateway/clock.ts';
export type { MockClock } from './gateway/clock.ts';
export type { MockNotification, MockNotifications, NotificationAttempt } from './gateway/notifications.ts';
export { MOCK_AUTH_CODES, MOCK_BUYER } from './handlers/trade-create.ts';
export { CANCEL_WINDOW_MS } from './handlers/trade-query.ts';
export { BUYER_CONFIRMS_AFTER_MS } from './gateway/trade-events.ts';
export { toFen, toYuan } from './money.ts';
export { LIFETIMES } from './state.ts';
export type { MockAccessToken, MockAuthCode, MockRefund, MockState, MockTemplate, MockTrade } from './state.ts';
export { LIST_ITEM_NAMES, children as xmlChildren, escapeXml } from './gateway/xml.ts';
export * from './data.ts';

/**
 * msw's request handlers (`HttpHandler[]`). Declared without msw's types, so that projects without
 * msw (an optional peer) still type-check this module; they spread into `setupServer(...)` and
 * `server.use(...)` as they are.
 *
 * @example
 * ```ts
 * const server = setupServer(...(gateway.handlers satisfies MockHandlers));
 * ```
 */
// `any`: msw's types cannot be named here without making msw a required install.
export type MockHandlers = any[];

/**
 * The mock gateway with a ready `fetch` and, when msw is installed, its MSW handlers.
 *
 * @example
 * ```ts
 * const gateway: MockGateway = await createMockGateway({ appPublicKey });
 * new AlipayClient({ ...config, fetch: gateway.fetch }); // or, with msw: server.use(...gateway.handlers)
 * ```
 */
export interface MockGateway extends MockGatewayCore {
  /**
   * MSW handlers answering any host's gateway paths: pass them to `setupServer`. Needs msw
   * (`npm install -D msw`); reading this property without it throws, saying so.
   */
  readonly handlers: MockHandlers;
  /** A `fetch` that answers from the gateway, with no network and no msw: pass it as the client's `fetch`. */
  readonly fetch: typeof fetch;
}

/**
 * A `fetch` answered by the gateway core itself: it works the same in Node, Deno and workerd, with
 * or without msw. A dropped connection (`Response.error()`) rejects like a network failure.
 *
 * @example
 * ```ts
 * const client = new AlipayClient({ ...config, fetch: createMockFetch(core) });
 * ```
 */
export function createMockFetch(core: Pick<MockGatewayCore, 'handle'>): typeof fetch {
  // The core's handle, read once: the fetch calls what was checked.
  const { handle } = fieldsOf(core, ['handle'], 'core', true);
  if (typeof handle !== 'function') throw mockError('createMockFetch needs the gateway core (an object with handle(request)).');
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    // Like fetch, a request that cannot be built rejects with a TypeError.
    const request = new Request(input, init);
    const response = await handle.call(core, request);
    if (response.type === 'error') throw new TypeError(`fetch failed: the mock gateway dropped the connection (${request.method} ${request.url})`);
    return response;
  };
}

/**
 * Creates a mock Alipay gateway: it verifies request signatures with the app's public key,
 * serves the card APIs from in-memory cards and forms, and signs its answers with an Alipay-side
 * key. msw is not needed unless you use `gateway.handlers`.
 *
 * @example
 * ```ts
 * import { AlipayClient } from 'alipay-edge';
 * import { createMockGateway, generateKeyPair } from 'alipay-edge/mocks';
 *
 * const app = await generateKeyPair();
 * const gateway = await createMockGateway({ appPublicKey: app.publicKey });
 * const alipay = new AlipayClient({
 *   appId: gateway.appId,
 *   privateKey: app.privateKey,
 *   alipayPublicKey: gateway.alipayPublicKey,
 *   fetch: gateway.fetch,
 * });
 * ```
 */
export async function createMockGateway(options: MockGatewayOptions): Promise<MockGateway> {
  const core = await createGatewayCore(options);
  // msw is an optional peer: without it (or where it cannot load, such as workerd without
  // localStorage) everything but `handlers` works.
  let handlers: MockHandlers | undefined;
  let mswError: unknown;
  try {
    handlers = (await import('./msw-handlers.ts')).gatewayHandlers((request) => core.handle(request));
  } catch (err) {
    mswError = err;
  }
  // Keep the core's getters (alipayPublicKey follows rotation): extend it, do not copy it.
  return Object.defineProperties(core, {
    handlers: {
      enumerable: true,
      get() {
        if (handlers) return handlers;
        throw new AlipayError('ERR_CONFIG', `gateway.handlers needs msw, which could not be loaded (${mswError instanceof Error ? mswError.message : String(mswError)}): npm install -D msw. The gateway's fetch works without it.`);
      },
    },
    fetch: { value: createMockFetch(core), enumerable: true },
  }) as MockGateway;
}
