// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.merchant.subsidiaries.apply` (POST /v3/zhima/merchant/subsidiaries/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaMerchantSubsidiariesApplyRequest = { pid: '…', service_id: '…' };
 * ```
 */
export interface ZhimaMerchantSubsidiariesApplyRequest {
  pid?: string;
  service_id?: string;
  smid?: string;
  sub_merchant_contact_number?: string;
  sub_merchant_jump_link?: string;
  sub_merchant_logo_url?: string;
  sub_merchant_name?: string;
  sub_pid?: string;
}

/**
 * The result of `zhima.merchant.subsidiaries.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaMerchantSubsidiariesApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaMerchantSubsidiariesApplyResult {
  biz_error_code?: string;
  biz_error_message?: string;
  order_no?: string;
}

/**
 * The error codes of `zhima.merchant.subsidiaries.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaMerchantSubsidiariesApplyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaMerchantSubsidiariesApplyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "CREDIT_SERVICE_ID_NOT_EXIST" | "SECURITY_RISK_ERROR" | "SECURITY_RISK_NOT_PASS" | "BIZ_FAIL" | "PROCESS_DUPLICATION_ERROR" | "DATA_UPDATE_ERROR" | "PROCESS_ADD_ERROR" | "FILE_TYPE_ILLEGAL" | "FILE_VERIFY_WIDTH_HEIGHT_FAIL" | "FILE_LOGO_CHECK_FAIL";

/**
 * `zhima.merchant.subsidiaries.apply`: POST /v3/zhima/merchant/subsidiaries/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaMerchantSubsidiariesApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaMerchantSubsidiariesApply, { pid: '…', service_id: '…' });
 * ```
 */
export const zhimaMerchantSubsidiariesApply: ApiDefinition<"zhima.merchant.subsidiaries.apply", ZhimaMerchantSubsidiariesApplyRequest, ZhimaMerchantSubsidiariesApplyResult, ZhimaMerchantSubsidiariesApplyErrorCode> = /* @__PURE__ */ operation(
  "zhima.merchant.subsidiaries.apply",
  'POST',
  () => ({ pid: 0, service_id: 0, smid: 0, sub_merchant_contact_number: 0, sub_merchant_jump_link: 0, sub_merchant_logo_url: 0, sub_merchant_name: 0, sub_pid: 0 }),
  () => ({ biz_error_code: 0, biz_error_message: 0, order_no: 0 }),
);
