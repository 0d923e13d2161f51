// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RecommendAccountDTO, RecommendAccountDTOShape } from '../models/RecommendAccountDTO.ts';

/**
 * The request of `alipay.open.sp.operation.qrcode.query` (GET /v3/alipay/open/sp/operation/qrcode/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpOperationQrcodeQueryRequest = { out_biz_no: "2020124234523465636345634", operate_type: "OPERATION_AUTH" };
 * ```
 */
export interface AlipayOpenSpOperationQrcodeQueryRequest {
  /** A query parameter (v3). */
  out_biz_no?: string;
  /** A query parameter (v3). */
  operate_type?: string;
  /** A query parameter (v3). */
  merchant_no?: string;
  /** A query parameter (v3). */
  alipay_account?: string;
  /** A query parameter (v3). */
  access_product_code?: string;
  /** A query parameter (v3). */
  isv_scene_permissions?: string;
}

/**
 * The result of `alipay.open.sp.operation.qrcode.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpOperationQrcodeQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpOperationQrcodeQueryResult {
  batch_no?: string;
  bind_account?: RecommendAccountDTO;
  qr_code_url?: string;
  recommend_account_list?: RecommendAccountDTO[];
  recommend_accounts?: RecommendAccountDTO;
}

/**
 * The error codes of `alipay.open.sp.operation.qrcode.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpOperationQrcodeQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSpOperationQrcodeQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ILLEGAL_MERCHANT_NO" | "ILLEGAL_ALIPAY_ACCOUNT" | "ILLEGAL_OPERATE_TYPE" | "ILLEGAL_PRODUCT_CODE" | "ILLEGAL_ISV_USER" | "ILLEGAL_BIND_ACCOUNT" | "ILLEGAL_INDIRECT_MERCHANT" | "MERCHANT_HAS_BOUND" | "MERCHANT_INFO_UNCOMPLETE" | "SMID_WAIT_BIND_ACCOUNT_EMPTY" | "SP_DISCARD" | "ILLEGAL_PRODUCT_CODE_PERMISSIONS" | "ILLEGAL_SCENE_OR_PERMISSIONS" | "SP_MERCHANT_RISK_FAIL" | "SECURITY_SYSTEM_ERROR" | "SP_PAUSE_OR_DELETE";

/**
 * `alipay.open.sp.operation.qrcode.query`: GET /v3/alipay/open/sp/operation/qrcode/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpOperationQrcodeQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpOperationQrcodeQuery, { out_biz_no: "2020124234523465636345634", operate_type: "OPERATION_AUTH" });
 * ```
 */
export const alipayOpenSpOperationQrcodeQuery: ApiDefinition<"alipay.open.sp.operation.qrcode.query", AlipayOpenSpOperationQrcodeQueryRequest, AlipayOpenSpOperationQrcodeQueryResult, AlipayOpenSpOperationQrcodeQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.operation.qrcode.query",
  { verb: 'GET', query: ["out_biz_no", "operate_type", "merchant_no", "alipay_account", "access_product_code", "isv_scene_permissions"] },
  () => ({ out_biz_no: 0, operate_type: 0, merchant_no: 0, alipay_account: 0, access_product_code: 0, isv_scene_permissions: 0 }),
  () => ({ batch_no: 0, bind_account: RecommendAccountDTOShape, qr_code_url: 0, recommend_account_list: [RecommendAccountDTOShape], recommend_accounts: RecommendAccountDTOShape }),
);
