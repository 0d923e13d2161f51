// The operations of the description that the library defines by hand (src/apis/hand-written.ts):
// stricter than the description (the API documents' required fields, lengths and enums, OAuth's
// top-level parameters, the upload's file part). The barrel publishes these; their generated twins
// stay for test/apis/drift.test.ts, which lists every difference between the two.

/** Method name → why it is written by hand. */
export const HAND_WRITTEN: Record<string, string> = {
  'alipay.marketing.card.query': 'the seed API: required fields, the card-number types, lengths, strict dates',
  'alipay.marketing.card.activateform.query': 'the seed API: required fields, the form decoded from its JSON text',
  'alipay.system.oauth.token': 'v2 takes grant_type, code and refresh_token as top-level parameters, not biz_content',
  'alipay.marketing.card.template.create': 'the card journey: required fields and enums from its API document',
  'alipay.marketing.card.template.modify': 'the card journey: required fields and enums from its API document',
  'alipay.marketing.card.template.query': 'the card journey: required fields from its API document',
  'alipay.marketing.card.formtemplate.set': 'the card journey: required fields and enums from its API document',
  'alipay.marketing.card.activateurl.apply': 'the card journey: required fields from its API document',
  'alipay.marketing.card.open': 'the card journey: required fields from its API document',
  'alipay.marketing.card.update': 'the card journey: required fields from its API document',
  'alipay.marketing.card.delete': 'the card journey: required fields and reason codes from its API document',
  'alipay.offline.material.image.upload': 'v2 multipart: the fields as parameters, the size bound, the file name',
};
