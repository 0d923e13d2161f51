const { AlipayClient } = require('alipay-edge');

const alipay = new AlipayClient({
  appId: process.env.ALIPAY_APP_ID,
  privateKey: process.env.ALIPAY_PRIVATE_KEY,
  alipayPublicKey: process.env.ALIPAY_PUBLIC_KEY,
  gateway: process.env.ALIPAY_GATEWAY, // unset: production
});

alipay
  .execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' })
  .then((card) => console.log(card.card_info.balance)); // '124.89'
