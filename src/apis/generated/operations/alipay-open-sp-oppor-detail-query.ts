// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.oppor.detail.query` (GET /v3/alipay/open/sp/oppor/detail/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpOpporDetailQueryRequest = { isv_pid: "2088501013445414", oppor_id: "2022041403518351" };
 * ```
 */
export interface AlipayOpenSpOpporDetailQueryRequest {
  /** A query parameter (v3). */
  isv_pid?: string;
  /** A query parameter (v3). */
  oppor_id?: string;
}

/**
 * The result of `alipay.open.sp.oppor.detail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpOpporDetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpOpporDetailQueryResult {
  address?: string;
  leads_id?: string;
  name?: string;
  oppor_id?: string;
  out_biz_no?: string;
  phone?: string;
  status?: string;
}

/**
 * The error codes of `alipay.open.sp.oppor.detail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpOpporDetailQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSpOpporDetailQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ISV_NOT_IN_WHITELIST";

/**
 * `alipay.open.sp.oppor.detail.query`: GET /v3/alipay/open/sp/oppor/detail/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpOpporDetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpOpporDetailQuery, { isv_pid: "2088501013445414", oppor_id: "2022041403518351" });
 * ```
 */
export const alipayOpenSpOpporDetailQuery: ApiDefinition<"alipay.open.sp.oppor.detail.query", AlipayOpenSpOpporDetailQueryRequest, AlipayOpenSpOpporDetailQueryResult, AlipayOpenSpOpporDetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.oppor.detail.query",
  { verb: 'GET', query: ["isv_pid", "oppor_id"] },
  () => ({ isv_pid: 0, oppor_id: 0 }),
  () => ({ address: 0, leads_id: 0, name: 0, oppor_id: 0, out_biz_no: 0, phone: 0, status: 0 }),
);
