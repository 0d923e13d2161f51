// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.voucherpackage.consult` (POST /v3/alipay/marketing/activity/voucherpackage/consult: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherpackageConsultRequest = { auth_token: '…' };
 * ```
 */
export interface AlipayMarketingActivityVoucherpackageConsultRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  voucher_package_id_list?: string[];
}

/**
 * The result of `alipay.marketing.activity.voucherpackage.consult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherpackageConsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityVoucherpackageConsultResult {
  voucher_package_consult_result?: VoucherPackageConsultResult[];
}

/**
 * The error codes of `alipay.marketing.activity.voucherpackage.consult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherpackageConsultErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingActivityVoucherpackageConsultErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `VoucherPackageConsultResult`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucherpackage.consult`).
 *
 * @example
 * ```ts
 * const value: VoucherPackageConsultResult = { consult_result_code: '…', voucher_package_id: '…' };
 * ```
 */
export interface VoucherPackageConsultResult {
  consult_result_code?: string;
  voucher_package_id?: string;
}
const VoucherPackageConsultResultShape = (): object => ({ consult_result_code: 0, voucher_package_id: 0 });

/**
 * `alipay.marketing.activity.voucherpackage.consult`: POST /v3/alipay/marketing/activity/voucherpackage/consult over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherpackageConsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherpackageConsult, { auth_token: '…' });
 * ```
 */
export const alipayMarketingActivityVoucherpackageConsult: ApiDefinition<"alipay.marketing.activity.voucherpackage.consult", AlipayMarketingActivityVoucherpackageConsultRequest, AlipayMarketingActivityVoucherpackageConsultResult, AlipayMarketingActivityVoucherpackageConsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucherpackage.consult",
  { verb: 'POST', query: ["auth_token"] },
  () => ({ auth_token: 0, voucher_package_id_list: [0] }),
  () => ({ voucher_package_consult_result: [VoucherPackageConsultResultShape] }),
);
