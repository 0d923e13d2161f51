// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.merchant.subsidiaries.close` (POST /v3/zhima/merchant/subsidiaries/close: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaMerchantSubsidiariesCloseRequest = { order_no: '…' };
 * ```
 */
export interface ZhimaMerchantSubsidiariesCloseRequest {
  order_no?: string;
}

/**
 * The result of `zhima.merchant.subsidiaries.close`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaMerchantSubsidiariesCloseResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaMerchantSubsidiariesCloseResult {
  biz_error_code?: string;
  biz_error_message?: string;
  order_memo?: string;
  order_no?: string;
  order_status?: string;
}

/**
 * The error codes of `zhima.merchant.subsidiaries.close` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaMerchantSubsidiariesCloseErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaMerchantSubsidiariesCloseErrorCode = "SYSTEM_ERROR" | "BIZ_FAIL" | "INVALID_PARAMETER" | "DATA_UPDATE_ERROR" | "PROCESS_CANCEL_ERROR" | "NO_AUTHORITY_HANDLE_DISSENT";

/**
 * `zhima.merchant.subsidiaries.close`: POST /v3/zhima/merchant/subsidiaries/close over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaMerchantSubsidiariesClose } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaMerchantSubsidiariesClose, { order_no: '…' });
 * ```
 */
export const zhimaMerchantSubsidiariesClose: ApiDefinition<"zhima.merchant.subsidiaries.close", ZhimaMerchantSubsidiariesCloseRequest, ZhimaMerchantSubsidiariesCloseResult, ZhimaMerchantSubsidiariesCloseErrorCode> = /* @__PURE__ */ operation(
  "zhima.merchant.subsidiaries.close",
  'POST',
  () => ({ order_no: 0 }),
  () => ({ biz_error_code: 0, biz_error_message: 0, order_memo: 0, order_no: 0, order_status: 0 }),
);
