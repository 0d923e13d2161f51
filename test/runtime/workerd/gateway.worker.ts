// The mock gateway as a Worker: the README example Worker's outbound fetches are routed here
// (globalOutbound), so the example runs unchanged against https://openapi.alipay.com/gateway.do.
import { type MockGatewayCore, createGatewayCore } from '../../../mocks/index.ts';

interface Env {
  APP_ID: string;
  APP_PUBLIC_KEY: string;
  ALIPAY_PRIVATE_KEY: string;
  ALIPAY_PUBLIC_KEY: string;
}

let core: Promise<MockGatewayCore> | undefined;

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    core ??= createGatewayCore({
      appId: env.APP_ID,
      appPublicKey: env.APP_PUBLIC_KEY,
      alipayKeys: { privateKey: env.ALIPAY_PRIVATE_KEY, publicKey: env.ALIPAY_PUBLIC_KEY },
    });
    const url = new URL(request.url);
    if (url.host !== 'openapi.alipay.com') return new Response(`unexpected host ${url.host}`, { status: 599 });
    return (await core).handle(request);
  },
};
