import { AlipayApiError, AlipayClient, AlipayError } from 'alipay-edge';

let alipay; // one client per isolate: keys are imported once

export default {
  async fetch(request, env) {
    try {
      alipay ??= new AlipayClient({
        appId: env.ALIPAY_APP_ID,
        privateKey: env.ALIPAY_PRIVATE_KEY, // npx wrangler secret put ALIPAY_PRIVATE_KEY
        alipayPublicKey: env.ALIPAY_PUBLIC_KEY,
        gateway: env.ALIPAY_GATEWAY, // unset: production
      });
      const card = await alipay.execute('alipay.marketing.card.query', {
        target_card_no_type: 'BIZ_CARD',
        target_card_no: new URL(request.url).searchParams.get('card') ?? '',
      });
      return Response.json({ balance: card.card_info.balance, level: card.card_info.level });
    } catch (err) {
      // The gateway's answer (verified): CARD_NOT_EXIT is the caller's mistake, the rest ours.
      if (err instanceof AlipayApiError) return Response.json({ error: err.subCode ?? err.code }, { status: err.subCode === 'CARD_NOT_EXIT' ? 404 : 502 });
      // A configuration or key mistake is this Worker's fault (500); the rest is the way to Alipay (502).
      if (err instanceof AlipayError) return Response.json({ error: err.code }, { status: err.code === 'ERR_CONFIG' || err.code === 'ERR_KEY_INVALID' ? 500 : 502 });
      throw err;
    }
  },
};
