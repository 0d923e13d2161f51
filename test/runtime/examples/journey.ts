import { AlipayClient, completeActivation } from 'alipay-edge';
import { createMockGateway, generateKeyPair } from 'alipay-edge/mocks';

// The mock gateway stands in for Alipay; against the real gateway only the client's config changes.
const app = await generateKeyPair();
const gateway = await createMockGateway({ appPublicKey: app.publicKey });
const alipay = new AlipayClient({
  appId: gateway.appId,
  privateKey: app.privateKey,
  alipayPublicKey: gateway.alipayPublicKey,
  fetch: gateway.fetch,
});

// 1. An image for the card's look (multipart: the text params are signed, the file is not).
const logo = await alipay.execute('alipay.offline.material.image.upload', {
  image_type: 'png',
  image_name: 'logo',
  image_content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
});

// 2. The card template.
const { template_id } = await alipay.execute(
  'alipay.marketing.card.template.create',
  {
    request_id: 'tpl-20240501-0001',
    card_type: 'OUT_MEMBER_CARD',
    biz_no_prefix: 'demo',
    biz_no_suffix_len: '12',
    write_off_type: 'qrcode',
    template_style_info: { card_show_name: 'Demo Card', logo_id: logo.image_id, background_id: logo.image_id },
    column_info_list: [{ code: 'POINT', title: 'Points', operate_type: 'staticinfo' }],
    field_rule_list: [{ field_name: 'Point', rule_name: 'ASSIGN_FROM_REQUEST', rule_value: 'Point' }],
  },
  { notifyUrl: 'https://merchant.example/alipay/card/notify' },
);

// 3. The activation form: objects here, JSON strings on the wire.
await alipay.execute('alipay.marketing.card.formtemplate.set', {
  template_id,
  fields: {
    required: { common_fields: ['OPEN_FORM_FIELD_MOBILE', 'OPEN_FORM_FIELD_NAME'] },
    optional: { common_fields: ['OPEN_FORM_FIELD_GENDER'] },
  },
});

// 4. The activation link (decoded) to send to users.
const { apply_card_url } = await alipay.execute('alipay.marketing.card.activateurl.apply', {
  template_id,
  callback: 'https://merchant.example/alipay/card/callback',
  out_string: 'shop-42',
});

// 5–6. The user opens the link in Alipay and submits the form; Alipay redirects the browser to the
// callback with auth_code and request_id. (The mock plays the user here.)
const callbackUrl = gateway.submitActivationForm(apply_card_url, {
  user_id: '2088102150477652',
  fields: { OPEN_FORM_FIELD_MOBILE: '13800000000', OPEN_FORM_FIELD_NAME: '张三', OPEN_FORM_FIELD_GENDER: '男' },
});

// 7–8. In the callback handler: exchange the auth_code, read the form.
const activation = await completeActivation(alipay, callbackUrl, { templateId: template_id });

// 9. Open the card with the user's token.
const opened = await alipay.execute(
  'alipay.marketing.card.open',
  {
    out_serial_no: 'open-20240501-0001',
    card_template_id: template_id,
    card_user_info: activation.cardUserInfo,
    card_ext_info: { external_card_no: 'EXT0001', point: '0', balance: '0.00', level: 'VIP1' },
    member_ext_info: activation.memberExtInfo,
  },
  { authToken: activation.accessToken },
);
const bizCardNo = opened.card_info.biz_card_no!;

// 10. Later: update it, read it, delete it.
await alipay.execute('alipay.marketing.card.update', {
  target_card_no: bizCardNo,
  target_card_no_type: 'BIZ_CARD',
  occur_time: '2024-05-02 09:30:00',
  card_info: { point: '188', balance: '20.00' },
  merchant_card_msg_info: { changed_point: '188' },
});
const card = await alipay.execute('alipay.marketing.card.query', { target_card_no_type: 'BIZ_CARD', target_card_no: bizCardNo });
await alipay.execute('alipay.marketing.card.delete', {
  out_serial_no: 'del-20240601-0001',
  target_card_no: bizCardNo,
  target_card_no_type: 'BIZ_CARD',
  reason_code: 'USER_UNBUND',
});

console.log(`template ${template_id}, form for ${activation.fields.OPEN_FORM_FIELD_NAME} (${activation.outString})`);
console.log(`card ${bizCardNo}: ${card.card_info.point} points, ${card.card_info.balance} yuan, then deleted`);
