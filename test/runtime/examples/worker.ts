import { AlipayApiError, AlipayClient, AlipayError } from 'alipay-edge';

interface Env {
  ALIPAY_APP_ID: string;
  ALIPAY_PRIVATE_KEY: string; // wrangler secret put ALIPAY_PRIVATE_KEY
  ALIPAY_PUBLIC_KEY: string;
}

let alipay: AlipayClient | undefined; // one client per isolate: keys are imported once

export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    alipay ??= new AlipayClient({
      appId: env.ALIPAY_APP_ID,
      privateKey: env.ALIPAY_PRIVATE_KEY,
      alipayPublicKey: env.ALIPAY_PUBLIC_KEY,
    });
    try {
      const card = await alipay.execute('alipay.marketing.card.query', {
        target_card_no_type: 'BIZ_CARD',
        target_card_no: new URL(request.url).searchParams.get('card') ?? '',
      });
      return Response.json({ balance: card.card_info.balance, level: card.card_info.level });
    } catch (err) {
      if (err instanceof AlipayApiError) return Response.json({ error: err.subCode ?? err.code }, { status: 404 });
      if (err instanceof AlipayError) return Response.json({ error: err.code }, { status: 502 });
      throw err;
    }
  },
};
