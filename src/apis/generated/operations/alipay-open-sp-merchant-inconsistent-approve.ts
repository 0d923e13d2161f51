// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.merchant.inconsistent.approve` (POST /v3/alipay/open/sp/merchant/inconsistent/approve: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpMerchantInconsistentApproveRequest = { back_card: '…', commitment_letter: '…' };
 * ```
 */
export interface AlipayOpenSpMerchantInconsistentApproveRequest {
  back_card?: string;
  commitment_letter?: string;
  front_card?: string;
  handheld_business_license?: string;
  handheld_card?: string;
  item_code?: string;
  merchant_pid?: string;
  mini_appid?: string;
  out_biz_no?: string;
  promotor_pid?: string;
}

/**
 * The result of `alipay.open.sp.merchant.inconsistent.approve`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpMerchantInconsistentApproveResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpMerchantInconsistentApproveResult {
  apply_no?: string;
}

/**
 * The error codes of `alipay.open.sp.merchant.inconsistent.approve` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpMerchantInconsistentApproveErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSpMerchantInconsistentApproveErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "MERCHANT_AUDITING" | "ISV_NOT_IN_WHITELIST" | "MERCHANT_AUDIT_PASS" | "MINIAPP_NOT_BELONG_TO_MERCHANT" | "ITEM_NOT_BELONG_TO_ISV" | "ITEM_NOT_EXIST" | "MINIAPP_NOT_EXIST" | "MERCHANT_PID_NOT_EXIST" | "PROMOTORP_ID_NOT_EXIST";

/**
 * `alipay.open.sp.merchant.inconsistent.approve`: POST /v3/alipay/open/sp/merchant/inconsistent/approve over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpMerchantInconsistentApprove } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpMerchantInconsistentApprove, { back_card: '…', commitment_letter: '…' });
 * ```
 */
export const alipayOpenSpMerchantInconsistentApprove: ApiDefinition<"alipay.open.sp.merchant.inconsistent.approve", AlipayOpenSpMerchantInconsistentApproveRequest, AlipayOpenSpMerchantInconsistentApproveResult, AlipayOpenSpMerchantInconsistentApproveErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.merchant.inconsistent.approve",
  'POST',
  () => ({ back_card: 0, commitment_letter: 0, front_card: 0, handheld_business_license: 0, handheld_card: 0, item_code: 0, merchant_pid: 0, mini_appid: 0, out_biz_no: 0, promotor_pid: 0 }),
  () => ({ apply_no: 0 }),
);
