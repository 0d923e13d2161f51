// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.logistics.logisticscompany.instantdelivery.query` (GET /v3/alipay/commerce/logistics/logisticscompany/instantdelivery/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryRequest = {};
 * ```
 */
export type AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryRequest = Record<string, never>;

/**
 * The result of `alipay.commerce.logistics.logisticscompany.instantdelivery.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryResult {
  logistics_companies?: LogisticsCompanyResult[];
}

/**
 * The error codes of `alipay.commerce.logistics.logisticscompany.instantdelivery.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryErrorCode = "SYSTEM_ERROR";

/**
 * `LogisticsCompanyResult`, a model of Alipay's v3 description (in `alipay.commerce.logistics.logisticscompany.instantdelivery.query`).
 *
 * @example
 * ```ts
 * const value: LogisticsCompanyResult = { logistics_code: '…', logistics_name: '…' };
 * ```
 */
export interface LogisticsCompanyResult {
  logistics_code?: string;
  logistics_name?: string;
}
const LogisticsCompanyResultShape = (): object => ({ logistics_code: 0, logistics_name: 0 });

/**
 * `alipay.commerce.logistics.logisticscompany.instantdelivery.query`: GET /v3/alipay/commerce/logistics/logisticscompany/instantdelivery/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceLogisticsLogisticscompanyInstantdeliveryQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceLogisticsLogisticscompanyInstantdeliveryQuery, {});
 * ```
 */
export const alipayCommerceLogisticsLogisticscompanyInstantdeliveryQuery: ApiDefinition<"alipay.commerce.logistics.logisticscompany.instantdelivery.query", AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryRequest, AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryResult, AlipayCommerceLogisticsLogisticscompanyInstantdeliveryQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.logistics.logisticscompany.instantdelivery.query",
  'GET',
  () => ({}),
  () => ({ logistics_companies: [LogisticsCompanyResultShape] }),
);
