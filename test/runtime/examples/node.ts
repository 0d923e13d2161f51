import { AlipayClient } from 'alipay-edge';

const alipay = new AlipayClient({
  appId: process.env.ALIPAY_APP_ID!,
  privateKey: process.env.ALIPAY_PRIVATE_KEY!, // the app's private key
  alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY!, // Alipay's public key, not the app's
});

const card = await alipay.execute('alipay.marketing.card.query', {
  target_card_no_type: 'BIZ_CARD',
  target_card_no: '000001',
  card_user_info: { user_uni_id: '2088302463082075', user_uni_id_type: 'UID' },
});
console.log(card.card_info.balance); // '124.89': money stays a string
