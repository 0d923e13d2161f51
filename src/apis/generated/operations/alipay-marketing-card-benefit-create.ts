// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type McardTemplateBenefit, McardTemplateBenefitShape } from '../models/McardTemplateBenefit.ts';

/**
 * The request of `alipay.marketing.card.benefit.create` (POST /v3/alipay/marketing/card/benefit/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardBenefitCreateRequest = {};
 * ```
 */
export interface AlipayMarketingCardBenefitCreateRequest {
  mcard_template_benefit?: McardTemplateBenefit;
}

/**
 * The result of `alipay.marketing.card.benefit.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardBenefitCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardBenefitCreateResult {
  benefit_id?: string;
}

/**
 * The error codes of `alipay.marketing.card.benefit.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardBenefitCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardBenefitCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "TEMPLATE_NOT_EXIST";

/**
 * `alipay.marketing.card.benefit.create`: POST /v3/alipay/marketing/card/benefit/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardBenefitCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardBenefitCreate, {});
 * ```
 */
export const alipayMarketingCardBenefitCreate: ApiDefinition<"alipay.marketing.card.benefit.create", AlipayMarketingCardBenefitCreateRequest, AlipayMarketingCardBenefitCreateResult, AlipayMarketingCardBenefitCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.benefit.create",
  'POST',
  () => ({ mcard_template_benefit: McardTemplateBenefitShape }),
  () => ({ benefit_id: 0 }),
);
