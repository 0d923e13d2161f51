// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.merchantlist.enter.apply` (POST /v3/alipay/ebpp/invoice/merchantlist/enter/apply: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceMerchantlistEnterApplyRequest = {};
 * ```
 */
export interface AlipayEbppInvoiceMerchantlistEnterApplyRequest {
  merchant_base?: MerchantBaseEnterOpenModel;
  sub_merchant_common_info?: SubMerchantCommonEnterOpenModel;
  sub_merchant_list?: SubMerchantEnterOpenModel[];
}

/**
 * The result of `alipay.ebpp.invoice.merchantlist.enter.apply`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceMerchantlistEnterApplyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceMerchantlistEnterApplyResult {
  process_id?: string;
}

/**
 * The error codes of `alipay.ebpp.invoice.merchantlist.enter.apply` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceMerchantlistEnterApplyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayEbppInvoiceMerchantlistEnterApplyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "MERCHANT_ENTER_DENY" | "MERCHANT_NAME_OCCUPIED" | "SERVER_NOT_EXIST" | "SERVER_ABILITY_NOT_SATIF" | "TAX_NUM_OCCUPIED" | "BIZ_ERROR" | "MERCHANT_LOGO_UPLOAD_FAIL" | "MERCHANT_ENTER_PID_MOD_DUPLICATE";

/**
 * `MerchantBaseEnterOpenModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.merchantlist.enter.apply`).
 *
 * @example
 * ```ts
 * const value: MerchantBaseEnterOpenModel = { login_id: '…', logo_info: '…' };
 * ```
 */
export interface MerchantBaseEnterOpenModel {
  login_id?: string;
  logo_info?: string;
  m_name?: string;
  m_short_name?: string;
}
const MerchantBaseEnterOpenModelShape = (): object => ({ login_id: 0, logo_info: 0, m_name: 0, m_short_name: 0 });

/**
 * `SubMerchantCommonEnterOpenModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.merchantlist.enter.apply`).
 *
 * @example
 * ```ts
 * const value: SubMerchantCommonEnterOpenModel = { extend_fields: '…', product_code: '…' };
 * ```
 */
export interface SubMerchantCommonEnterOpenModel {
  extend_fields?: string;
  product_code?: string;
  s_short_name?: string;
}
const SubMerchantCommonEnterOpenModelShape = (): object => ({ extend_fields: 0, product_code: 0, s_short_name: 0 });

/**
 * `SubMerchantEnterOpenModel`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.merchantlist.enter.apply`).
 *
 * @example
 * ```ts
 * const value: SubMerchantEnterOpenModel = { extend_fields: '…', industry: '…' };
 * ```
 */
export interface SubMerchantEnterOpenModel {
  extend_fields?: string;
  industry?: string;
  pid?: string;
  register_no?: string;
  sub_m_name?: string;
  sub_m_short_name?: string;
}
const SubMerchantEnterOpenModelShape = (): object => ({ extend_fields: 0, industry: 0, pid: 0, register_no: 0, sub_m_name: 0, sub_m_short_name: 0 });

/**
 * `alipay.ebpp.invoice.merchantlist.enter.apply`: POST /v3/alipay/ebpp/invoice/merchantlist/enter/apply over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceMerchantlistEnterApply } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceMerchantlistEnterApply, {});
 * ```
 */
export const alipayEbppInvoiceMerchantlistEnterApply: ApiDefinition<"alipay.ebpp.invoice.merchantlist.enter.apply", AlipayEbppInvoiceMerchantlistEnterApplyRequest, AlipayEbppInvoiceMerchantlistEnterApplyResult, AlipayEbppInvoiceMerchantlistEnterApplyErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.merchantlist.enter.apply",
  'POST',
  () => ({ merchant_base: MerchantBaseEnterOpenModelShape, sub_merchant_common_info: SubMerchantCommonEnterOpenModelShape, sub_merchant_list: [SubMerchantEnterOpenModelShape] }),
  () => ({ process_id: 0 }),
);
