// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.operation.result.query` (GET /v3/alipay/open/sp/operation/result/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpOperationResultQueryRequest = { operate_type: "ACCOUNT_BIND", batch_no: "2020222342342" };
 * ```
 */
export interface AlipayOpenSpOperationResultQueryRequest {
  /** A query parameter (v3). */
  operate_type?: string;
  /** A query parameter (v3). */
  batch_no?: string;
  /** A query parameter (v3). */
  access_product_code?: string;
  /** A query parameter (v3). */
  merchant_no?: string;
  /** A query parameter (v3). */
  alipay_account?: string;
  /** A query parameter (v3). */
  isv_scene_permissions?: string;
}

/**
 * The result of `alipay.open.sp.operation.result.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpOperationResultQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpOperationResultQueryResult {
  bind_user_id?: string;
  handle_status?: string;
  merchant_no?: string;
}

/**
 * The error codes of `alipay.open.sp.operation.result.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpOperationResultQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenSpOperationResultQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "NO_PERMISSION" | "AUTH_RECORD_LOSE" | "BIND_RECORD_LOSE" | "ILLEGAL_ISV_USER" | "WAIT_BIND_ACCOUNT_NO_MATCH" | "SMID_WAIT_BIND_ACCOUNT_EMPTY" | "ILLEGAL_INDIRECT_MERCHANT" | "ILLEGAL_ALIPAY_ACCOUNT" | "ILLEGAL_PRODUCT_CODE" | "ILLEGAL_BIND_ACCOUNT" | "ILLEGAL_OPERATE_TYPE" | "ILLEGAL_MERCHANT_NO" | "SP_DISCARD" | "ILLEGAL_PRODUCT_CODE_PERMISSIONS" | "ILLEGAL_SCENE_OR_PERMISSIONS" | "SP_PAUSE_OR_DELETE";

/**
 * `alipay.open.sp.operation.result.query`: GET /v3/alipay/open/sp/operation/result/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpOperationResultQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpOperationResultQuery, { operate_type: "ACCOUNT_BIND", batch_no: "2020222342342" });
 * ```
 */
export const alipayOpenSpOperationResultQuery: ApiDefinition<"alipay.open.sp.operation.result.query", AlipayOpenSpOperationResultQueryRequest, AlipayOpenSpOperationResultQueryResult, AlipayOpenSpOperationResultQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.operation.result.query",
  { verb: 'GET', query: ["operate_type", "batch_no", "access_product_code", "merchant_no", "alipay_account", "isv_scene_permissions"] },
  () => ({ operate_type: 0, batch_no: 0, access_product_code: 0, merchant_no: 0, alipay_account: 0, isv_scene_permissions: 0 }),
  () => ({ bind_user_id: 0, handle_status: 0, merchant_no: 0 }),
);
