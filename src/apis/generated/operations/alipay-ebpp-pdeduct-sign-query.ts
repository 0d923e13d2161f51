// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.pdeduct.sign.query` (GET /v3/alipay/ebpp/pdeduct/sign/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppPdeductSignQueryRequest = { user_id: "2088302186230962", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" };
 * ```
 */
export interface AlipayEbppPdeductSignQueryRequest {
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  agreement_id?: string;
  /** A query parameter (v3). */
  biz_type?: string;
  /** A query parameter (v3). */
  sub_biz_type?: string;
  /** A query parameter (v3). */
  charge_inst?: string;
  /** A query parameter (v3). */
  bill_key?: string;
}

/**
 * The result of `alipay.ebpp.pdeduct.sign.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppPdeductSignQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppPdeductSignQueryResult {
  agreement_id?: string;
  bill_key?: string;
  charge_inst?: string;
  out_agreement_id?: string;
  sign_date?: string;
  user_id?: string;
}

/**
 * The error codes of `alipay.ebpp.pdeduct.sign.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppPdeductSignQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppPdeductSignQueryErrorCode = "SYSTEM_ERROR" | "QUERY_DEDUCT_SIGN_INFO_ERROR" | "DEDUCT_SIGN_INFO_NOT_EXIST" | "PARAMETER_ILLEGAL";

/**
 * `alipay.ebpp.pdeduct.sign.query`: GET /v3/alipay/ebpp/pdeduct/sign/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppPdeductSignQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppPdeductSignQuery, { user_id: "2088302186230962", open_id: "074a1CcTG1LelxKe4xQC0zgNdId0nxi95b5lsNpazWYoCo5" });
 * ```
 */
export const alipayEbppPdeductSignQuery: ApiDefinition<"alipay.ebpp.pdeduct.sign.query", AlipayEbppPdeductSignQueryRequest, AlipayEbppPdeductSignQueryResult, AlipayEbppPdeductSignQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.pdeduct.sign.query",
  { verb: 'GET', query: ["user_id", "open_id", "agreement_id", "biz_type", "sub_biz_type", "charge_inst", "bill_key"] },
  () => ({ user_id: 0, open_id: 0, agreement_id: 0, biz_type: 0, sub_biz_type: 0, charge_inst: 0, bill_key: 0 }),
  () => ({ agreement_id: 0, bill_key: 0, charge_inst: 0, out_agreement_id: 0, sign_date: 0, user_id: 0 }),
);
