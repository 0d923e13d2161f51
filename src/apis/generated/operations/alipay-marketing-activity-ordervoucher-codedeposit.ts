// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.ordervoucher.codedeposit` (POST /v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/codedeposit: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityOrdervoucherCodedepositRequest = { activity_id: "2016042700826004508401111111", merchant_access_mode: '…' };
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherCodedepositRequest {
  /** A path parameter (v3). */
  activity_id: string;
  merchant_access_mode?: string;
  out_biz_no?: string;
  voucher_codes?: string[];
}

/**
 * The result of `alipay.marketing.activity.ordervoucher.codedeposit`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityOrdervoucherCodedepositResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityOrdervoucherCodedepositResult {
  fail_count?: number;
  fail_voucher_code_detail_list?: FailVoucherCodeDetail[];
  success_count?: number;
  success_voucher_code_list?: string[];
}

/**
 * The error codes of `alipay.marketing.activity.ordervoucher.codedeposit` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityOrdervoucherCodedepositErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityOrdervoucherCodedepositErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `FailVoucherCodeDetail`, a model of Alipay's v3 description (in `alipay.marketing.activity.ordervoucher.codedeposit`).
 *
 * @example
 * ```ts
 * const value: FailVoucherCodeDetail = { error_code: '…', error_msg: '…' };
 * ```
 */
export interface FailVoucherCodeDetail {
  error_code?: string;
  error_msg?: string;
  voucher_code?: string;
}
const FailVoucherCodeDetailShape = (): object => ({ error_code: 0, error_msg: 0, voucher_code: 0 });

/**
 * `alipay.marketing.activity.ordervoucher.codedeposit`: POST /v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/codedeposit over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityOrdervoucherCodedeposit } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityOrdervoucherCodedeposit, { activity_id: "2016042700826004508401111111", merchant_access_mode: '…' });
 * ```
 */
export const alipayMarketingActivityOrdervoucherCodedeposit: ApiDefinition<"alipay.marketing.activity.ordervoucher.codedeposit", AlipayMarketingActivityOrdervoucherCodedepositRequest, AlipayMarketingActivityOrdervoucherCodedepositResult, AlipayMarketingActivityOrdervoucherCodedepositErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.ordervoucher.codedeposit",
  { verb: 'POST', path: "/v3/alipay/marketing/ordervoucher/activity/{activity_id}/voucher/codedeposit" },
  () => ({ activity_id: 0, merchant_access_mode: 0, out_biz_no: 0, voucher_codes: [0] }),
  () => ({ fail_count: 1, fail_voucher_code_detail_list: [FailVoucherCodeDetailShape], success_count: 1, success_voucher_code_list: [0] }),
);
