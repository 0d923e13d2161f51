// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.trans.payee.bind.query` (GET /v3/alipay/fund/trans/payee/bind/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundTransPayeeBindQueryRequest = { identity: "230100199901010001", identity_type: "IDENTITY_CARD" };
 * ```
 */
export interface AlipayFundTransPayeeBindQueryRequest {
  /** A query parameter (v3). */
  identity?: string;
  /** A query parameter (v3). */
  identity_type?: string;
}

/**
 * The result of `alipay.fund.trans.payee.bind.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundTransPayeeBindQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundTransPayeeBindQueryResult {
  bind?: string;
}

/**
 * The error codes of `alipay.fund.trans.payee.bind.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundTransPayeeBindQueryErrorCode = "NOT_IN_WHITE_LIST";
 * ```
 */
export type AlipayFundTransPayeeBindQueryErrorCode = "NOT_IN_WHITE_LIST" | "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.fund.trans.payee.bind.query`: GET /v3/alipay/fund/trans/payee/bind/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundTransPayeeBindQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundTransPayeeBindQuery, { identity: "230100199901010001", identity_type: "IDENTITY_CARD" });
 * ```
 */
export const alipayFundTransPayeeBindQuery: ApiDefinition<"alipay.fund.trans.payee.bind.query", AlipayFundTransPayeeBindQueryRequest, AlipayFundTransPayeeBindQueryResult, AlipayFundTransPayeeBindQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.trans.payee.bind.query",
  { verb: 'GET', query: ["identity", "identity_type"] },
  () => ({ identity: 0, identity_type: 0 }),
  () => ({ bind: 0 }),
);
