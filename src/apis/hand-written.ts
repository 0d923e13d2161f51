// The hand-written definitions of operations that Alipay's v3 description also has: the barrel
// (alipay-edge/apis) publishes these rather than their generated twins, because they are stricter
// (the API documents' required fields, lengths and enums; OAuth's top-level parameters; the
// upload's file part). generator/hand-written.ts lists them; test/apis/drift.test.ts compares each
// with its twin.
export { alipayMarketingCardActivateformQuery, alipayMarketingCardQuery } from './registry.ts';
export {
  alipayMarketingCardActivateurlApply,
  alipayMarketingCardDelete,
  alipayMarketingCardFormtemplateSet,
  alipayMarketingCardOpen,
  alipayMarketingCardTemplateCreate,
  alipayMarketingCardTemplateModify,
  alipayMarketingCardTemplateQuery,
  alipayMarketingCardUpdate,
  alipayOfflineMaterialImageUpload,
  alipaySystemOauthToken,
} from './card-journey.ts';
