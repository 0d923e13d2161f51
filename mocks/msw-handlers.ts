// The mock gateway's MSW handlers, in their own module: loaded (by createMockGateway) only where
// msw is installed and can load. From `msw/core/http`, not `msw`: msw's root entry also loads its
// WebSocket support, which opens a BroadcastChannel at import time; Node lets it go (msw unrefs
// it), Deno has no unref, so a program that merely imported it would never exit.
import type { HttpHandler } from 'msw';
import { http } from 'msw/core/http';

/**
 * Handlers answering the gateway's paths on any host from `handle`: v2 `gateway.do` (POST calls,
 * and GET for the cashier pages that pageExecute's URLs open), v3 `/v3/…`, and the QR codes of
 * alipay.trade.precreate (`https://qr.alipay.com/…`).
 */
export function gatewayHandlers(handle: (request: Request) => Promise<Response>): HttpHandler[] {
  const answer = ({ request }: { request: Request }) => handle(request);
  return [http.post('*/gateway.do', answer), http.get('*/gateway.do', answer), http.all('*/v3/*', answer), http.all('https://qr.alipay.com/*', answer)];
}
