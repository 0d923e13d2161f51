// The mock gateway's MSW handlers, in their own module: loaded (by createMockGateway) only where
// msw is installed and can load. A static named import, so bundlers keep only what is used of msw.
import { http, type HttpHandler } from 'msw';

/** Handlers answering the gateway's paths (v2 `gateway.do`, v3 `/v3/…`) on any host from `handle`. */
export function gatewayHandlers(handle: (request: Request) => Promise<Response>): HttpHandler[] {
  return [http.post('*/gateway.do', ({ request }) => handle(request)), http.all('*/v3/*', ({ request }) => handle(request))];
}
