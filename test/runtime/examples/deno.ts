import { AlipayClient } from 'alipay-edge';

const alipay = new AlipayClient({
  appId: Deno.env.get('ALIPAY_APP_ID')!,
  privateKey: Deno.env.get('ALIPAY_PRIVATE_KEY')!,
  alipayPublicKey: Deno.env.get('ALIPAY_PUBLIC_KEY')!,
});

const form = await alipay.execute(
  'alipay.marketing.card.activateform.query',
  { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017021929993993992839493394' },
  { authToken: Deno.env.get('USER_AUTH_TOKEN')! }, // from alipay.system.oauth.token
);
console.log(form.fields.OPEN_FORM_FIELD_MOBILE);
