// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type LogisticsAccountStatusDTO, LogisticsAccountStatusDTOShape } from '../models/LogisticsAccountStatusDTO.ts';

/**
 * The request of `alipay.open.instantdelivery.account.query` (GET /v3/alipay/open/instantdelivery/account/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenInstantdeliveryAccountQueryRequest = {};
 * ```
 */
export type AlipayOpenInstantdeliveryAccountQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.instantdelivery.account.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenInstantdeliveryAccountQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenInstantdeliveryAccountQueryResult {
  balance?: string;
  business_license?: string;
  business_scope?: string;
  credit_code?: string;
  email?: string;
  enterprise_address?: string;
  enterprise_city?: string;
  enterprise_district?: string;
  enterprise_name?: string;
  enterprise_province?: string;
  enterprise_type?: string;
  logistics_account_status?: LogisticsAccountStatusDTO[];
  phone?: string;
}

/**
 * The error codes of `alipay.open.instantdelivery.account.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenInstantdeliveryAccountQueryErrorCode = "UNKNOWN_EXCEPTION";
 * ```
 */
export type AlipayOpenInstantdeliveryAccountQueryErrorCode = "UNKNOWN_EXCEPTION" | "INVALID_PARAMETER" | "RESULT_IS_NOT_EXPECTED";

/**
 * `alipay.open.instantdelivery.account.query`: GET /v3/alipay/open/instantdelivery/account/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenInstantdeliveryAccountQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenInstantdeliveryAccountQuery, {});
 * ```
 */
export const alipayOpenInstantdeliveryAccountQuery: ApiDefinition<"alipay.open.instantdelivery.account.query", AlipayOpenInstantdeliveryAccountQueryRequest, AlipayOpenInstantdeliveryAccountQueryResult, AlipayOpenInstantdeliveryAccountQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.instantdelivery.account.query",
  'GET',
  () => ({}),
  () => ({ balance: 0, business_license: 0, business_scope: 0, credit_code: 0, email: 0, enterprise_address: 0, enterprise_city: 0, enterprise_district: 0, enterprise_name: 0, enterprise_province: 0, enterprise_type: 0, logistics_account_status: [LogisticsAccountStatusDTOShape], phone: 0 }),
);
