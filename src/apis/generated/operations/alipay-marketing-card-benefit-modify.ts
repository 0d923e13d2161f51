// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type McardTemplateBenefit, McardTemplateBenefitShape } from '../models/McardTemplateBenefit.ts';

/**
 * The request of `alipay.marketing.card.benefit.modify` (POST /v3/alipay/marketing/card/benefit/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardBenefitModifyRequest = { benefit_id: '…' };
 * ```
 */
export interface AlipayMarketingCardBenefitModifyRequest {
  benefit_id?: string;
  mcard_template_benefit?: McardTemplateBenefit;
}

/**
 * The result of `alipay.marketing.card.benefit.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardBenefitModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardBenefitModifyResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.marketing.card.benefit.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardBenefitModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardBenefitModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "TEMPLATE_NOT_EXIST" | "BENEFIT_NOT_EXIST";

/**
 * `alipay.marketing.card.benefit.modify`: POST /v3/alipay/marketing/card/benefit/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardBenefitModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardBenefitModify, { benefit_id: '…' });
 * ```
 */
export const alipayMarketingCardBenefitModify: ApiDefinition<"alipay.marketing.card.benefit.modify", AlipayMarketingCardBenefitModifyRequest, AlipayMarketingCardBenefitModifyResult, AlipayMarketingCardBenefitModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.benefit.modify",
  'POST',
  () => ({ benefit_id: 0, mcard_template_benefit: McardTemplateBenefitShape }),
  () => ({ result: 2 }),
);
