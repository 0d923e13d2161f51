import { AlipayClient } from 'alipay-edge';

const alipay = new AlipayClient({
  appId: Deno.env.get('ALIPAY_APP_ID')!,
  privateKey: Deno.env.get('ALIPAY_PRIVATE_KEY')!,
  alipayPublicKey: Deno.env.get('ALIPAY_PUBLIC_KEY')!,
  gateway: Deno.env.get('ALIPAY_GATEWAY'), // unset: production
});

const form = await alipay.execute(
  'alipay.marketing.card.activateform.query',
  { biz_type: 'MEMBER_CARD', template_id: '2071828288283883', request_id: '2017021929993993992839493394' },
  { authToken: Deno.env.get('ALIPAY_USER_TOKEN')! }, // the user's token, from alipay.system.oauth.token
);
console.log(form.fields.OPEN_FORM_FIELD_MOBILE); // '13888888888'
