// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.card.benefit.delete` (DELETE /v3/alipay/marketing/card/benefit/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardBenefitDeleteRequest = { template_id: "20170322000000000068101000300041", benefit_id: "20170322000000000068101000300041" };
 * ```
 */
export interface AlipayMarketingCardBenefitDeleteRequest {
  /** A query parameter (v3). */
  template_id?: string;
  /** A query parameter (v3). */
  benefit_id?: string;
}

/**
 * The result of `alipay.marketing.card.benefit.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardBenefitDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardBenefitDeleteResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.marketing.card.benefit.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardBenefitDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardBenefitDeleteErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "TEMPLATE_NOT_EXIST" | "BENEFIT_NOT_EXIST";

/**
 * `alipay.marketing.card.benefit.delete`: DELETE /v3/alipay/marketing/card/benefit/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardBenefitDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardBenefitDelete, { template_id: "20170322000000000068101000300041", benefit_id: "20170322000000000068101000300041" });
 * ```
 */
export const alipayMarketingCardBenefitDelete: ApiDefinition<"alipay.marketing.card.benefit.delete", AlipayMarketingCardBenefitDeleteRequest, AlipayMarketingCardBenefitDeleteResult, AlipayMarketingCardBenefitDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.benefit.delete",
  { verb: 'DELETE', query: ["template_id", "benefit_id"] },
  () => ({ template_id: 0, benefit_id: 0 }),
  () => ({ result: 2 }),
);
