// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.card.benefit.query` (GET /v3/alipay/marketing/card/benefit/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardBenefitQueryRequest = { template_id: "20170322000000000068101000300041", benefit_id: "20170322000000000068101000300041" };
 * ```
 */
export interface AlipayMarketingCardBenefitQueryRequest {
  /** A query parameter (v3). */
  template_id?: string;
  /** A query parameter (v3). */
  benefit_id?: string;
}

/**
 * The result of `alipay.marketing.card.benefit.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardBenefitQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardBenefitQueryResult {
  mcard_template_benefit_query?: McardTemplateBenefitQuery[];
}

/**
 * The error codes of `alipay.marketing.card.benefit.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardBenefitQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardBenefitQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "TEMPLATE_NOT_EXIST" | "BENEFIT_NOT_EXIST";

/**
 * `McardTemplateBenefitQuery`, a model of Alipay's v3 description (in `alipay.marketing.card.benefit.query`).
 *
 * @example
 * ```ts
 * const value: McardTemplateBenefitQuery = { benefit_desc: '…', benefit_id: '…' };
 * ```
 */
export interface McardTemplateBenefitQuery {
  benefit_desc?: string;
  benefit_id?: string;
  end_date?: string;
  ext_info?: string;
  start_date?: string;
  template_id?: string;
  title?: string;
}
const McardTemplateBenefitQueryShape = (): object => ({ benefit_desc: 0, benefit_id: 0, end_date: 0, ext_info: 0, start_date: 0, template_id: 0, title: 0 });

/**
 * `alipay.marketing.card.benefit.query`: GET /v3/alipay/marketing/card/benefit/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardBenefitQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardBenefitQuery, { template_id: "20170322000000000068101000300041", benefit_id: "20170322000000000068101000300041" });
 * ```
 */
export const alipayMarketingCardBenefitQuery: ApiDefinition<"alipay.marketing.card.benefit.query", AlipayMarketingCardBenefitQueryRequest, AlipayMarketingCardBenefitQueryResult, AlipayMarketingCardBenefitQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.benefit.query",
  { verb: 'GET', query: ["template_id", "benefit_id"] },
  () => ({ template_id: 0, benefit_id: 0 }),
  () => ({ mcard_template_benefit_query: [McardTemplateBenefitQueryShape] }),
);
