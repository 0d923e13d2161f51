// The mock gateway as a real HTTP server on 127.0.0.1, for clients in any language (and for the
// official Node SDK, which brings its own HTTP client). Node only: `alipay-edge/mocks/server`.
// Unlike the in-process gateway, it POSTs notifications to notify_url itself (the global fetch,
// unless `notifyFetch` says otherwise).
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createGatewayCore, loadCatalogue } from './gateway/core.ts';
import type { MockGatewayCore, MockGatewayOptions, ReceivedRequest } from './gateway/types.ts';

/**
 * Options of {@link startMockServer}: the gateway's, plus where to listen.
 *
 * @example
 * ```ts
 * await startMockServer({ appPublicKey, port: 8080, onExchange: console.log });
 * ```
 */
export interface MockServerOptions extends MockGatewayOptions {
  /** Port to listen on; 0 (default) picks a free one. */
  port?: number;
  /** Loopback only: `127.0.0.1` (default) or `::1`. */
  host?: '127.0.0.1' | '::1' | 'localhost';
  /** Called after each exchange with a one-line summary (for logs and transcripts). */
  onExchange?: (line: string) => void;
}

function summarise(request: Request, received: ReceivedRequest | undefined, response: Response, body: string): string {
  const path = new URL(request.url).pathname;
  if (path.startsWith('/qr/')) return `${request.method} ${path} (QR code) → HTTP ${response.status}`;
  if (received?.protocol === 'v3') {
    const code = response.status >= 400 ? body.match(/"code":"([^"]+)"/)?.[1] : undefined;
    if (response.type === 'error') return `${request.method} ${path} (v3) → connection dropped`;
    return `${request.method} ${path} (v3) → HTTP ${response.status}${code ? ` code=${code}` : ''} (${response.headers.has('alipay-signature') ? 'signed' : 'unsigned'}, ${body.length} bytes)`;
  }
  const params = received?.params;
  const method = params?.method ?? '(no method)';
  const call = `${request.method} ${method} sign_type=${params?.sign_type ?? '-'} format=${params?.format ?? 'JSON'}`;
  if (response.type === 'error') return `${call} → connection dropped`;
  const code = body.match(/"code":"(\d+)"|<code>(\d+)<\/code>/);
  const sub = body.match(/"sub_code":"([^"]+)"|<sub_code>([^<]+)<\/sub_code>/);
  const signed = /"sign":"|<sign>/.test(body) ? 'signed' : 'unsigned';
  return `${call} → HTTP ${response.status} code=${code?.[1] ?? code?.[2] ?? '-'}${sub ? ` sub_code=${sub[1] ?? sub[2]}` : ''} (${signed}, ${body.length} bytes)`;
}

/**
 * A running mock gateway server.
 *
 * @example
 * ```ts
 * const server: MockServer = await startMockServer({ appPublicKey });
 * await server.close();
 * ```
 */
export interface MockServer {
  /** The gateway URL to configure clients with: `http://127.0.0.1:PORT/gateway.do`. */
  readonly gatewayUrl: string;
  readonly port: number;
  /** The gateway behind the server: keys, state, faults, received requests. */
  readonly gateway: MockGatewayCore;
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of req) chunks.push(chunk as Uint8Array);
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  const body = chunks.length > 0 ? new Blob(chunks as BlobPart[]) : undefined;
  return new Request(new URL(req.url ?? '/', origin), { method: req.method ?? 'GET', headers, ...(body && req.method !== 'GET' && { body }) });
}

function send(res: ServerResponse, response: Response, body: Uint8Array): void {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, key) => (headers[key] = value));
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * Starts the mock gateway on a loopback HTTP port.
 *
 * @example
 * ```ts
 * import { startMockServer } from 'alipay-edge/mocks/server';
 * const server = await startMockServer({ appPublicKey: app.publicKey, port: 8080 });
 * // point any Alipay client at server.gatewayUrl with alipayPublicKey: server.gateway.alipayPublicKey
 * await server.close();
 * ```
 */
export async function startMockServer(options: MockServerOptions): Promise<MockServer> {
  const host = options.host ?? '127.0.0.1';
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) throw new Error('The mock gateway listens on loopback only.');
  // A server stands in for Alipay for clients anywhere: it delivers notifications itself.
  const gateway = await createGatewayCore({ ...options, notifyFetch: options.notifyFetch ?? ((input, init) => globalThis.fetch(input, init)) });
  // Every operation starts loading now, while the server binds: a request that needs one waits for
  // that load (the core awaits it), so nothing is answered before it is known, and listening does
  // not wait for operations the first requests may never use. The rejection, if any, reaches the
  // request that awaits the load; here it is only kept from being unhandled.
  loadCatalogue().catch(() => {});
  let origin = '';
  const server = createServer((req, res) => {
    void (async () => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      const qr = /^\/qr\/bax\d+$/.test(path) && (req.method === 'GET' || req.method === 'POST');
      if (!((req.method === 'POST' || req.method === 'GET') && path.endsWith('/gateway.do')) && !path.includes('/v3/') && !qr) {
        res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end(`Not found: ${req.method} ${path}. The mock gateway serves /gateway.do (v2: POST, and GET for browser payments), /v3/… (OpenAPI v3, e.g. POST /v3/alipay/marketing/card/query) and the QR codes of alipay.trade.precreate (/qr/…).`);
        return;
      }
      const request = await toRequest(req, origin);
      const received = gateway.requests.length;
      const response = await gateway.handle(request);
      const body = response.type === 'error' ? new Uint8Array() : new Uint8Array(await response.arrayBuffer());
      options.onExchange?.(summarise(request, gateway.requests[received], response, new TextDecoder().decode(body)));
      // A dropped connection: no status line, no body.
      if (response.type === 'error') req.socket.destroy();
      else send(res, response, body);
    })().catch((err: unknown) => {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(`mock gateway error: ${err instanceof Error ? err.message : String(err)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const hostInUrl = host === '::1' ? '[::1]' : host;
  origin = `http://${hostInUrl}:${port}`;
  return {
    gatewayUrl: `${origin}/gateway.do`,
    port,
    gateway,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}
