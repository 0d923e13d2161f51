// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type RecommendAccountDTO, RecommendAccountDTOShape } from '../models/RecommendAccountDTO.ts';

/**
 * The request of `alipay.open.sp.operation.apply` (POST /v3/alipay/open/sp/operation/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpOperationApplyRequest = { access_product_code: '…', alipay_account: '…' };
 * ```
 */
export interface AlipayOpenSpOperationApplyRequest {
  access_product_code?: string;
  alipay_account?: string;
  isv_scene_permissions?: string;
  merchant_no?: string;
  operate_type?: string;
  out_biz_no?: string;
}

/**
 * The result of `alipay.open.sp.operation.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpOperationApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpOperationApplyResult {
  batch_no?: string;
  bind_account?: RecommendAccountDTO;
  recommend_accounts?: RecommendAccountDTO[];
}

/**
 * The error codes of `alipay.open.sp.operation.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpOperationApplyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSpOperationApplyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ILLEGAL_MERCHANT_NO" | "ILLEGAL_ALIPAY_ACCOUNT" | "ILLEGAL_OPERATE_TYPE" | "ILLEGAL_PRODUCT_CODE" | "ILLEGAL_ISV_USER" | "ILLEGAL_BIND_ACCOUNT" | "ILLEGAL_INDIRECT_MERCHANT" | "MERCHANT_HAS_BOUND" | "MERCHANT_INFO_UNCOMPLETE" | "SMID_WAIT_BIND_ACCOUNT_EMPTY" | "WAIT_BIND_ACCOUNT_NO_MATCH" | "SP_DISCARD" | "ILLEGAL_PRODUCT_CODE_PERMISSIONS" | "ILLEGAL_SCENE_OR_PERMISSIONS" | "SECURITY_SYSTEM_ERROR" | "SP_MERCHANT_RISK_FAIL" | "SP_PAUSE_OR_DELETE" | "BP_WAIT_PROCESS_CREATE_ERROR" | "MRCHPROD_RPC_INVOKE_ERROR";

/**
 * `alipay.open.sp.operation.apply`: POST /v3/alipay/open/sp/operation/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpOperationApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpOperationApply, { access_product_code: '…', alipay_account: '…' });
 * ```
 */
export const alipayOpenSpOperationApply: ApiDefinition<"alipay.open.sp.operation.apply", AlipayOpenSpOperationApplyRequest, AlipayOpenSpOperationApplyResult, AlipayOpenSpOperationApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.operation.apply",
  'POST',
  () => ({ access_product_code: 0, alipay_account: 0, isv_scene_permissions: 0, merchant_no: 0, operate_type: 0, out_biz_no: 0 }),
  () => ({ batch_no: 0, bind_account: RecommendAccountDTOShape, recommend_accounts: [RecommendAccountDTOShape] }),
);
