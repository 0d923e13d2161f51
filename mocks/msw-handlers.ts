// The mock gateway's MSW handlers, in their own module: loaded (by createMockGateway) only where
// msw is installed and can load. A static named import, so bundlers keep only what is used of msw.
import { http, type HttpHandler } from 'msw';

/**
 * Handlers answering the gateway's paths on any host from `handle`: v2 `gateway.do` (POST calls,
 * and GET for the cashier pages that pageExecute's URLs open), v3 `/v3/…`, and the QR codes of
 * alipay.trade.precreate (`https://qr.alipay.com/…`).
 */
export function gatewayHandlers(handle: (request: Request) => Promise<Response>): HttpHandler[] {
  const answer = ({ request }: { request: Request }) => handle(request);
  return [http.post('*/gateway.do', answer), http.get('*/gateway.do', answer), http.all('*/v3/*', answer), http.all('https://qr.alipay.com/*', answer)];
}
