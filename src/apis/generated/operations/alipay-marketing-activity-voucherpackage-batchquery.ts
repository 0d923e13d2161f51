// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type VoucherPackageBaseInfo, VoucherPackageBaseInfoShape } from '../models/VoucherPackageBaseInfo.ts';

/**
 * The request of `alipay.marketing.activity.voucherpackage.batchquery` (POST /v3/alipay/marketing/activity/voucherpackage/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityVoucherpackageBatchqueryRequest = { page_num: 1, page_size: 1 };
 * ```
 */
export interface AlipayMarketingActivityVoucherpackageBatchqueryRequest {
  page_num?: number;
  page_size?: number;
  voucher_package_purchase_start_time?: string;
  voucher_package_status?: string;
}

/**
 * The result of `alipay.marketing.activity.voucherpackage.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityVoucherpackageBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityVoucherpackageBatchqueryResult {
  page_num?: number;
  page_size?: number;
  total_size?: number;
  voucher_package_info?: VoucherPackageInfo[];
}

/**
 * The error codes of `alipay.marketing.activity.voucherpackage.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityVoucherpackageBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingActivityVoucherpackageBatchqueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `VoucherPackageInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucherpackage.batchquery`).
 *
 * @example
 * ```ts
 * const value: VoucherPackageInfo = {};
 * ```
 */
export interface VoucherPackageInfo {
  voucher_package_base_info?: VoucherPackageBaseInfo;
  voucher_package_sales_lite_info?: VoucherPackageSalesLiteInfo;
}
const VoucherPackageInfoShape = (): object => ({ voucher_package_base_info: VoucherPackageBaseInfoShape, voucher_package_sales_lite_info: VoucherPackageSalesLiteInfoShape });

/**
 * `VoucherPackageSalesLiteInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.voucherpackage.batchquery`).
 *
 * @example
 * ```ts
 * const value: VoucherPackageSalesLiteInfo = { budget: 1, sale_price: '…' };
 * ```
 */
export interface VoucherPackageSalesLiteInfo {
  budget?: number;
  sale_price?: string;
}
const VoucherPackageSalesLiteInfoShape = (): object => ({ budget: 1, sale_price: 0 });

/**
 * `alipay.marketing.activity.voucherpackage.batchquery`: POST /v3/alipay/marketing/activity/voucherpackage/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityVoucherpackageBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityVoucherpackageBatchquery, { page_num: 1, page_size: 1 });
 * ```
 */
export const alipayMarketingActivityVoucherpackageBatchquery: ApiDefinition<"alipay.marketing.activity.voucherpackage.batchquery", AlipayMarketingActivityVoucherpackageBatchqueryRequest, AlipayMarketingActivityVoucherpackageBatchqueryResult, AlipayMarketingActivityVoucherpackageBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.voucherpackage.batchquery",
  'POST',
  () => ({ page_num: 1, page_size: 1, voucher_package_purchase_start_time: 0, voucher_package_status: 0 }),
  () => ({ page_num: 1, page_size: 1, total_size: 1, voucher_package_info: [VoucherPackageInfoShape] }),
);
