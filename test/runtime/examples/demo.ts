// `npm start`: both seed APIs against the mock gateway, printing the verified results. No network,
// no Alipay account: the app key pair and the gateway's key pair are generated on the spot.
import { AlipayApiError, AlipayClient } from 'alipay-edge';
import { SAMPLE_AUTH_TOKEN, SAMPLE_REQUEST_ID, SAMPLE_TEMPLATE_ID, createMockGateway, generateKeyPair } from 'alipay-edge/mocks';

const app = await generateKeyPair();
const gateway = await createMockGateway({ appPublicKey: app.publicKey });
const alipay = new AlipayClient({
  appId: gateway.appId,
  privateKey: app.privateKey,
  alipayPublicKey: gateway.alipayPublicKey,
  fetch: gateway.fetch,
});

const card = await alipay.execute('alipay.marketing.card.query', {
  target_card_no_type: 'BIZ_CARD',
  target_card_no: '000001',
  card_user_info: { user_uni_id: '2088302463082075', user_uni_id_type: 'UID' },
});
console.log('alipay.marketing.card.query → verified result:');
console.log(JSON.stringify(card, null, 2));

const form = await alipay.execute(
  'alipay.marketing.card.activateform.query',
  { biz_type: 'MEMBER_CARD', template_id: SAMPLE_TEMPLATE_ID, request_id: SAMPLE_REQUEST_ID },
  { authToken: SAMPLE_AUTH_TOKEN },
);
console.log('\nalipay.marketing.card.activateform.query → verified result:');
console.log(JSON.stringify(form, null, 2));

try {
  await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: '999999' });
} catch (err) {
  if (!(err instanceof AlipayApiError)) throw err;
  console.log(`\nA card that does not exist → AlipayApiError ${err.code} ${err.subCode} (verified: ${err.verified})`);
}
