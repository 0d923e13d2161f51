import { AlipayClient, type ResultOf } from 'alipay-edge';

const alipay = new AlipayClient({
  appId: process.env.ALIPAY_APP_ID!,
  privateKey: process.env.ALIPAY_PRIVATE_KEY!, // the app's private key
  alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY!, // Alipay's public key, not the app's
  gateway: process.env.ALIPAY_GATEWAY, // unset: production
});

const card: ResultOf<'alipay.marketing.card.query'> = await alipay.execute('alipay.marketing.card.query', {
  target_card_no_type: 'BIZ_CARD',
  target_card_no: '000001',
});
console.log(card.card_info.balance); // '124.89': a typo such as card_info.balanse does not compile
