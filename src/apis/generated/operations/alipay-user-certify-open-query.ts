// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.certify.open.query` (GET /v3/alipay/user/certify/open/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayUserCertifyOpenQueryRequest = { certify_id: "OC201809253000000393900404029253" };
 * ```
 */
export interface AlipayUserCertifyOpenQueryRequest {
  /** A query parameter (v3). */
  certify_id?: string;
}

/**
 * The result of `alipay.user.certify.open.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserCertifyOpenQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserCertifyOpenQueryResult {
  fail_reason?: string;
  identity_info?: string;
  material_info?: string;
  passed?: string;
}

/**
 * The error codes of `alipay.user.certify.open.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserCertifyOpenQueryErrorCode = "UNKNOWN_ERROR";
 * ```
 */
export type AlipayUserCertifyOpenQueryErrorCode = "UNKNOWN_ERROR" | "ILLEGAL_ARGUMENT_FORMAT" | "CERTIFY_ID_EXPIRED" | "OPEN_CERTIFY_BILL_NOT_EXIST" | "OPEN_CERTIFY_BILL_STATUS_ERROR" | "UNABLE_GET_IMAGE";

/**
 * `alipay.user.certify.open.query`: GET /v3/alipay/user/certify/open/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserCertifyOpenQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserCertifyOpenQuery, { certify_id: "OC201809253000000393900404029253" });
 * ```
 */
export const alipayUserCertifyOpenQuery: ApiDefinition<"alipay.user.certify.open.query", AlipayUserCertifyOpenQueryRequest, AlipayUserCertifyOpenQueryResult, AlipayUserCertifyOpenQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.certify.open.query",
  { verb: 'GET', query: ["certify_id"] },
  () => ({ certify_id: 0 }),
  () => ({ fail_reason: 0, identity_info: 0, material_info: 0, passed: 0 }),
);
