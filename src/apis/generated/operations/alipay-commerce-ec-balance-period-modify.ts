// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.balance.period.modify` (POST /v3/alipay/commerce/ec/balance/period/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcBalancePeriodModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayCommerceEcBalancePeriodModifyRequest {
  account_id?: string;
  agreement_no?: string;
  bill_day?: number;
  enterprise_id?: string;
}

/**
 * The result of `alipay.commerce.ec.balance.period.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcBalancePeriodModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcBalancePeriodModifyResult {
  result?: boolean;
}

/**
 * The error codes of `alipay.commerce.ec.balance.period.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcBalancePeriodModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEcBalancePeriodModifyErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "PARAMETER_ILLEGAL" | "BALANCE_PERIOD_INVALID" | "LOCK_ERROR";

/**
 * `alipay.commerce.ec.balance.period.modify`: POST /v3/alipay/commerce/ec/balance/period/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcBalancePeriodModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcBalancePeriodModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayCommerceEcBalancePeriodModify: ApiDefinition<"alipay.commerce.ec.balance.period.modify", AlipayCommerceEcBalancePeriodModifyRequest, AlipayCommerceEcBalancePeriodModifyResult, AlipayCommerceEcBalancePeriodModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.balance.period.modify",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, bill_day: 1, enterprise_id: 0 }),
  () => ({ result: 2 }),
);
