// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.jointaccount.sign.query` (GET /v3/alipay/fund/jointaccount/sign/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountSignQueryRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "ISV_ALIYUN" };
 * ```
 */
export interface AlipayFundJointaccountSignQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  out_biz_no?: string;
  /** A query parameter (v3). */
  account_id?: string;
}

/**
 * The result of `alipay.fund.jointaccount.sign.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountSignQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountSignQueryResult {
  account_id?: string;
  agreement_no?: string;
  status?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.sign.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountSignQueryErrorCode = "ILLEGAL_ARGUMENT";
 * ```
 */
export type AlipayFundJointaccountSignQueryErrorCode = "ILLEGAL_ARGUMENT" | "SYSTEM_ERROR";

/**
 * `alipay.fund.jointaccount.sign.query`: GET /v3/alipay/fund/jointaccount/sign/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountSignQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountSignQuery, { product_code: "ENTERPRISE_PAY", biz_scene: "ISV_ALIYUN" });
 * ```
 */
export const alipayFundJointaccountSignQuery: ApiDefinition<"alipay.fund.jointaccount.sign.query", AlipayFundJointaccountSignQueryRequest, AlipayFundJointaccountSignQueryResult, AlipayFundJointaccountSignQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.sign.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "out_biz_no", "account_id"] },
  () => ({ product_code: 0, biz_scene: 0, out_biz_no: 0, account_id: 0 }),
  () => ({ account_id: 0, agreement_no: 0, status: 0 }),
);
