// alipay-edge/mocks: a mock Alipay gateway for tests, as MSW handlers and as an injected fetch.
import { http, getResponse, type HttpHandler } from 'msw';
import { type MockGatewayCore, type MockGatewayOptions, createGatewayCore } from './gateway.ts';

export { createGatewayCore } from './gateway.ts';
export type { MockCertificates, MockGatewayCore, MockGatewayOptions, ReceivedRequest } from './gateway.ts';
export { createTestPki, issueCertificate } from './pki.ts';
export type { CertificateRequest, DistinguishedName, TestPki } from './pki.ts';
export { generateKeyPair, toPem } from './keys.ts';
export { seededRandom } from './faults.ts';
export type { FaultRule, MockFault } from './faults.ts';
export type { PemKeyPair } from './keys.ts';
export { businessError, invalidAuthToken, success } from './methods.ts';
export { ACTIVATION_PAGE, AS_ERROR_RESPONSE, methodHandlers } from './journey.ts';
export type { FormSubmission } from './journey.ts';
export { LIFETIMES } from './state.ts';
export type { MockAccessToken, MockAuthCode, MockState, MockTemplate } from './state.ts';
export { LIST_ITEM_NAMES, children as xmlChildren, escapeXml } from './xml.ts';
export type { MethodContext, MethodHandler, ResponseNode } from './methods.ts';
export * from './data.ts';

/**
 * The mock gateway with its MSW handlers and a ready `fetch`.
 *
 * @example
 * ```ts
 * const gateway: MockGateway = await createMockGateway({ appPublicKey });
 * server.use(...gateway.handlers); // or: new AlipayClient({ ..., fetch: gateway.fetch })
 * ```
 */
export interface MockGateway extends MockGatewayCore {
  /** MSW handlers answering POSTs to any host's `/gateway.do`: pass them to `setupServer`. */
  readonly handlers: HttpHandler[];
  /** A `fetch` that answers from the handlers, with no network: pass it as the client's `fetch`. */
  readonly fetch: typeof fetch;
}

/**
 * A `fetch` that answers from MSW handlers through `getResponse`, with no interception of the
 * global `fetch`: it works the same in Node, Deno and workerd. A request no handler answers, or
 * a handler's `HttpResponse.error()`, rejects like a network failure.
 *
 * @example
 * ```ts
 * const client = new AlipayClient({ ...config, fetch: createMockFetch(gateway.handlers) });
 * ```
 */
export function createMockFetch(handlers: HttpHandler[]): typeof fetch {
  return async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    const response = await getResponse(handlers, request);
    if (!response || response.type === 'error') throw new TypeError(`fetch failed: no answer for ${request.method} ${request.url}`);
    return response;
  };
}

/**
 * Creates a mock Alipay gateway: it verifies request signatures with the app's public key,
 * serves `alipay.marketing.card.query` and `alipay.marketing.card.activateform.query` from
 * in-memory cards and forms, and signs its answers with an Alipay-side key.
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
  const handlers = [http.post('*/gateway.do', ({ request }) => core.handle(request))];
  // Keep the core's getters (alipayPublicKey follows rotation): extend it, do not copy it.
  return Object.defineProperties(core, {
    handlers: { value: handlers, enumerable: true },
    fetch: { value: createMockFetch(handlers), enumerable: true },
  }) as MockGateway;
}
