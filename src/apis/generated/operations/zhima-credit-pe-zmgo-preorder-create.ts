// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.credit.pe.zmgo.preorder.create` (PUT /v3/zhima/credit/pe/zmgo/preorder/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaCreditPeZmgoPreorderCreateRequest = { alipay_open_id: '…', alipay_user_id: '…' };
 * ```
 */
export interface ZhimaCreditPeZmgoPreorderCreateRequest {
  alipay_open_id?: string;
  alipay_user_id?: string;
  biz_time?: string;
  custom_temp_conf?: string;
  expire_aisle_data?: string;
  ext_template_conf?: ExtTemplateConf;
  extend_params?: PreOrderExtInfo;
  freeze_amount?: string;
  isv_pid?: string;
  out_request_no?: string;
  partner_id?: string;
  partner_user_identifier?: string;
  pay_aisle_data?: string;
  sign_aisle_data?: string;
  template_id?: string;
  timeout_express?: string;
}

/**
 * The result of `zhima.credit.pe.zmgo.preorder.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaCreditPeZmgoPreorderCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaCreditPeZmgoPreorderCreateResult {
  biz_type?: string;
  partner_id?: string;
  preorder_no?: string;
}

/**
 * The error codes of `zhima.credit.pe.zmgo.preorder.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaCreditPeZmgoPreorderCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type ZhimaCreditPeZmgoPreorderCreateErrorCode = "INVALID_PARAMETER" | "CUSTOM_FREEZE_AMOUNT_NOT_SUPPORT" | "NOTIFY_URL_NOT_SUPPORT" | "ORDER_INDEPOTENT_FAILED" | "TEMPLATE_INVALID" | "MERCHANT_AGREEMENT_CHECK_FAILED" | "FREEZE_AMOUNT_INVALID" | "ORDER_HAS_CLOSED" | "SYSTEM_ERROR" | "NOT_SUPPORT_DYNAMIC_TEMPLATE" | "REQUEST_ACCESS_ILLEGAL" | "ACQUIRE_USER_LOCK_FAIL";

/**
 * `ExtTemplateConf`, a model of Alipay's v3 description (in `zhima.credit.pe.zmgo.preorder.create`).
 *
 * @example
 * ```ts
 * const value: ExtTemplateConf = { buyer_id: '…', xxhm_info_id: '…' };
 * ```
 */
export interface ExtTemplateConf {
  buyer_id?: string;
  xxhm_info_id?: string;
}
const ExtTemplateConfShape = (): object => ({ buyer_id: 0, xxhm_info_id: 0 });

/**
 * `PreOrderExtInfo`, a model of Alipay's v3 description (in `zhima.credit.pe.zmgo.preorder.create`).
 *
 * @example
 * ```ts
 * const value: PreOrderExtInfo = { brand_id: '…', brand_name: '…' };
 * ```
 */
export interface PreOrderExtInfo {
  brand_id?: string;
  brand_name?: string;
  channel?: string;
  order_feature?: string;
}
const PreOrderExtInfoShape = (): object => ({ brand_id: 0, brand_name: 0, channel: 0, order_feature: 0 });

/**
 * `zhima.credit.pe.zmgo.preorder.create`: PUT /v3/zhima/credit/pe/zmgo/preorder/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaCreditPeZmgoPreorderCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaCreditPeZmgoPreorderCreate, { alipay_open_id: '…', alipay_user_id: '…' });
 * ```
 */
export const zhimaCreditPeZmgoPreorderCreate: ApiDefinition<"zhima.credit.pe.zmgo.preorder.create", ZhimaCreditPeZmgoPreorderCreateRequest, ZhimaCreditPeZmgoPreorderCreateResult, ZhimaCreditPeZmgoPreorderCreateErrorCode> = /* @__PURE__ */ operation(
  "zhima.credit.pe.zmgo.preorder.create",
  'PUT',
  () => ({ alipay_open_id: 0, alipay_user_id: 0, biz_time: 0, custom_temp_conf: 0, expire_aisle_data: 0, ext_template_conf: ExtTemplateConfShape, extend_params: PreOrderExtInfoShape, freeze_amount: 0, isv_pid: 0, out_request_no: 0, partner_id: 0, partner_user_identifier: 0, pay_aisle_data: 0, sign_aisle_data: 0, template_id: 0, timeout_express: 0 }),
  () => ({ biz_type: 0, partner_id: 0, preorder_no: 0 }),
);
