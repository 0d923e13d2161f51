// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.educate.schoolcard.order.sync` (POST /v3/alipay/commerce/educate/schoolcard/order/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEducateSchoolcardOrderSyncRequest = { actual_amount: '…', applet_app_id: '…' };
 * ```
 */
export interface AlipayCommerceEducateSchoolcardOrderSyncRequest {
  actual_amount?: string;
  applet_app_id?: string;
  card_balance?: string;
  card_no?: string;
  card_type?: string;
  create_time?: string;
  discount_amount?: string;
  goods_orders?: GoodsOrder;
  merchant_name?: string;
  modified_time?: string;
  open_id?: string;
  order_amount?: string;
  order_detail_url?: string;
  order_status?: string;
  out_biz_no?: string;
  pay_address?: string;
  pay_mode?: string;
  rake_back_pid?: string;
  school_id?: string;
  school_pid?: string;
  service_provider_name?: string;
  type?: string;
  user_id?: string;
}

/**
 * The result of `alipay.commerce.educate.schoolcard.order.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEducateSchoolcardOrderSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEducateSchoolcardOrderSyncResult {
  order_id?: string;
}

/**
 * The error codes of `alipay.commerce.educate.schoolcard.order.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEducateSchoolcardOrderSyncErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceEducateSchoolcardOrderSyncErrorCode = "SYSTEM_ERROR" | "ILLEGAL_PARAM" | "SCHOOL_NOT_EXIST" | "CHECK_SCHOOL_SIGN_FAIL" | "TRADE_SYNC_TEMPLATE_NOT_EXIST";

/**
 * `GoodsOrder`, a model of Alipay's v3 description (in `alipay.commerce.educate.schoolcard.order.sync`).
 *
 * @example
 * ```ts
 * const value: GoodsOrder = { goods_name: '…', goods_picture_id: '…' };
 * ```
 */
export interface GoodsOrder {
  goods_name?: string;
  goods_picture_id?: string;
}
const GoodsOrderShape = (): object => ({ goods_name: 0, goods_picture_id: 0 });

/**
 * `alipay.commerce.educate.schoolcard.order.sync`: POST /v3/alipay/commerce/educate/schoolcard/order/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEducateSchoolcardOrderSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEducateSchoolcardOrderSync, { actual_amount: '…', applet_app_id: '…' });
 * ```
 */
export const alipayCommerceEducateSchoolcardOrderSync: ApiDefinition<"alipay.commerce.educate.schoolcard.order.sync", AlipayCommerceEducateSchoolcardOrderSyncRequest, AlipayCommerceEducateSchoolcardOrderSyncResult, AlipayCommerceEducateSchoolcardOrderSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.educate.schoolcard.order.sync",
  'POST',
  () => ({ actual_amount: 0, applet_app_id: 0, card_balance: 0, card_no: 0, card_type: 0, create_time: 0, discount_amount: 0, goods_orders: GoodsOrderShape, merchant_name: 0, modified_time: 0, open_id: 0, order_amount: 0, order_detail_url: 0, order_status: 0, out_biz_no: 0, pay_address: 0, pay_mode: 0, rake_back_pid: 0, school_id: 0, school_pid: 0, service_provider_name: 0, type: 0, user_id: 0 }),
  () => ({ order_id: 0 }),
);
