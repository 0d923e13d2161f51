// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.card.activateurl.apply` (POST /v3/alipay/marketing/card/activateurl/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardActivateurlApplyRequest = { callback: '…', follow_app_id: '…' };
 * ```
 */
export interface AlipayMarketingCardActivateurlApplyRequest {
  callback?: string;
  follow_app_id?: string;
  out_string?: string;
  template_id?: string;
}

/**
 * The result of `alipay.marketing.card.activateurl.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardActivateurlApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardActivateurlApplyResult {
  apply_card_url?: string;
}

/**
 * The error codes of `alipay.marketing.card.activateurl.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardActivateurlApplyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardActivateurlApplyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "CARD_TEMPLATE_NOT_EXIST" | "OPEN_FORM_TEMPLATE_NOT_EXIST" | "ILLEGAL_ARGUMENT_OUT_STRING" | "ILLEGAL_NULL_ARGUMENT";

/**
 * `alipay.marketing.card.activateurl.apply`: POST /v3/alipay/marketing/card/activateurl/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardActivateurlApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardActivateurlApply, { callback: '…', follow_app_id: '…' });
 * ```
 */
export const alipayMarketingCardActivateurlApply: ApiDefinition<"alipay.marketing.card.activateurl.apply", AlipayMarketingCardActivateurlApplyRequest, AlipayMarketingCardActivateurlApplyResult, AlipayMarketingCardActivateurlApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.activateurl.apply",
  'POST',
  () => ({ callback: 0, follow_app_id: 0, out_string: 0, template_id: 0 }),
  () => ({ apply_card_url: 0 }),
);
