// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.card.formtemplate.set` (POST /v3/alipay/marketing/card/formtemplate/set: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardFormtemplateSetRequest = { template_id: '…' };
 * ```
 */
export interface AlipayMarketingCardFormtemplateSetRequest {
  fields?: OpenFormFieldDO;
  template_id?: string;
}

/**
 * The result of `alipay.marketing.card.formtemplate.set`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardFormtemplateSetResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMarketingCardFormtemplateSetResult = Record<string, never>;

/**
 * The error codes of `alipay.marketing.card.formtemplate.set` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardFormtemplateSetErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardFormtemplateSetErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "CARD_TEMPLATE_NOT_EXIST" | "DUPLICATE_FORM_FIELD" | "FORM_FIELD_INVALID" | "OPEN_FORM_SET_FAIL" | "DUPLICATE_BIRTHDAY_FIELD" | "DUPLICATE_CERT_NO" | "INVALID_CERT_TYPE_AND_NO" | "ILLEGAL_NULL_ARGUMENT";

/**
 * `OpenFormFieldDO`, a model of Alipay's v3 description (in `alipay.marketing.card.formtemplate.set`).
 *
 * @example
 * ```ts
 * const value: OpenFormFieldDO = { optional: '…', required: '…' };
 * ```
 */
export interface OpenFormFieldDO {
  optional?: string;
  required?: string;
}
const OpenFormFieldDOShape = (): object => ({ optional: 0, required: 0 });

/**
 * `alipay.marketing.card.formtemplate.set`: POST /v3/alipay/marketing/card/formtemplate/set over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardFormtemplateSet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardFormtemplateSet, { template_id: '…' });
 * ```
 */
export const alipayMarketingCardFormtemplateSet: ApiDefinition<"alipay.marketing.card.formtemplate.set", AlipayMarketingCardFormtemplateSetRequest, AlipayMarketingCardFormtemplateSetResult, AlipayMarketingCardFormtemplateSetErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.formtemplate.set",
  'POST',
  () => ({ fields: OpenFormFieldDOShape, template_id: 0 }),
  () => ({}),
);
