// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ConsumerNotifyIstd, ConsumerNotifyIstdShape } from '../models/ConsumerNotifyIstd.ts';
import { type GoodsDetailIstd, GoodsDetailIstdShape } from '../models/GoodsDetailIstd.ts';
import { type GoodsInfoIstd, GoodsInfoIstdShape } from '../models/GoodsInfoIstd.ts';
import { type ReceiverIstd, ReceiverIstdShape } from '../models/ReceiverIstd.ts';
import { type SenderIstd, SenderIstdShape } from '../models/SenderIstd.ts';

/**
 * The request of `alipay.commerce.logistics.order.instantdelivery.precreate` (POST /v3/alipay/commerce/logistics/order/instantdelivery/precreate: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceLogisticsOrderInstantdeliveryPrecreateRequest = { consumer_id: '…', consumer_source: '…' };
 * ```
 */
export interface AlipayCommerceLogisticsOrderInstantdeliveryPrecreateRequest {
  consumer_id?: string;
  consumer_notify?: ConsumerNotifyIstd;
  consumer_source?: string;
  goods_details?: GoodsDetailIstd[];
  goods_info?: GoodsInfoIstd;
  logistics_companies?: LogisticsCompanyIstd[];
  open_id?: string;
  order_ext_istd?: OrderExtIstdForPreOrder;
  out_order_no?: string;
  receiver?: ReceiverIstd;
  sender?: SenderIstd;
  shop_no?: string;
}

/**
 * The result of `alipay.commerce.logistics.order.instantdelivery.precreate`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceLogisticsOrderInstantdeliveryPrecreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceLogisticsOrderInstantdeliveryPrecreateResult {
  waybills?: PreCreateWaybillIstd[];
}

/**
 * The error codes of `alipay.commerce.logistics.order.instantdelivery.precreate` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceLogisticsOrderInstantdeliveryPrecreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceLogisticsOrderInstantdeliveryPrecreateErrorCode = "SYSTEM_ERROR" | "PARAM_ILLEGAL" | "LOGISTICS_COMPANY_CONFIG_EXCEPTION" | "MRCH_ACCOUNT_AVAILABLE_AMOUNT_NOT_ENOUGH" | "MRCH_PID_ACCOUNT_NOT_EXIST" | "NOT_REGISTER_LOGISTICS_ACCOUNT_OR_SHOP";

/**
 * `LogisticsCompanyIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.precreate`).
 *
 * @example
 * ```ts
 * const value: LogisticsCompanyIstd = { logistics_code: '…' };
 * ```
 */
export interface LogisticsCompanyIstd {
  logistics_code?: string;
  service_codes?: ServiceCodeIstd[];
}
const LogisticsCompanyIstdShape = (): object => ({ logistics_code: 0, service_codes: [ServiceCodeIstdShape] });

/**
 * `OrderExtIstdForPreOrder`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.precreate`).
 *
 * @example
 * ```ts
 * const value: OrderExtIstdForPreOrder = { cash_on_delivery: '…', cash_on_pickup: '…' };
 * ```
 */
export interface OrderExtIstdForPreOrder {
  cash_on_delivery?: string;
  cash_on_pickup?: string;
  consumer_order_time?: string;
  delivery_direction?: number;
  delivery_type?: number;
  desc?: string;
  expected_delivery_time?: string;
  expected_finish_time?: string;
  expected_pick_time?: string;
  insure_price?: string;
  is_direct_delivery?: number;
  is_finish_code_needed?: number;
  is_insured?: number;
  is_pickup_code_needed?: number;
  poi_seq?: string;
  service_code?: string;
}
const OrderExtIstdForPreOrderShape = (): object => ({ cash_on_delivery: 0, cash_on_pickup: 0, consumer_order_time: 0, delivery_direction: 1, delivery_type: 1, desc: 0, expected_delivery_time: 0, expected_finish_time: 0, expected_pick_time: 0, insure_price: 0, is_direct_delivery: 1, is_finish_code_needed: 1, is_insured: 1, is_pickup_code_needed: 1, poi_seq: 0, service_code: 0 });

/**
 * `PreCreateWaybillIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.precreate`).
 *
 * @example
 * ```ts
 * const value: PreCreateWaybillIstd = { coupon_fee: '…', deliver_fee: '…' };
 * ```
 */
export interface PreCreateWaybillIstd {
  coupon_fee?: string;
  deliver_fee?: string;
  dispatch_duration?: number;
  distance?: number;
  fee?: string;
  insurance_fee?: string;
  logistics_code?: string;
  logistics_token?: string;
  pay_amount?: string;
  service_code?: string;
  third_code?: string;
  third_sub_code?: string;
  third_sub_msg?: string;
}
const PreCreateWaybillIstdShape = (): object => ({ coupon_fee: 0, deliver_fee: 0, dispatch_duration: 1, distance: 1, fee: 0, insurance_fee: 0, logistics_code: 0, logistics_token: 0, pay_amount: 0, service_code: 0, third_code: 0, third_sub_code: 0, third_sub_msg: 0 });

/**
 * `ServiceCodeIstd`, a model of Alipay's v3 description (in `alipay.commerce.logistics.order.instantdelivery.precreate`).
 *
 * @example
 * ```ts
 * const value: ServiceCodeIstd = { service_code: '…' };
 * ```
 */
export interface ServiceCodeIstd {
  service_code?: string;
}
const ServiceCodeIstdShape = (): object => ({ service_code: 0 });

/**
 * `alipay.commerce.logistics.order.instantdelivery.precreate`: POST /v3/alipay/commerce/logistics/order/instantdelivery/precreate over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceLogisticsOrderInstantdeliveryPrecreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceLogisticsOrderInstantdeliveryPrecreate, { consumer_id: '…', consumer_source: '…' });
 * ```
 */
export const alipayCommerceLogisticsOrderInstantdeliveryPrecreate: ApiDefinition<"alipay.commerce.logistics.order.instantdelivery.precreate", AlipayCommerceLogisticsOrderInstantdeliveryPrecreateRequest, AlipayCommerceLogisticsOrderInstantdeliveryPrecreateResult, AlipayCommerceLogisticsOrderInstantdeliveryPrecreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.logistics.order.instantdelivery.precreate",
  'POST',
  () => ({ consumer_id: 0, consumer_notify: ConsumerNotifyIstdShape, consumer_source: 0, goods_details: [GoodsDetailIstdShape], goods_info: GoodsInfoIstdShape, logistics_companies: [LogisticsCompanyIstdShape], open_id: 0, order_ext_istd: OrderExtIstdForPreOrderShape, out_order_no: 0, receiver: ReceiverIstdShape, sender: SenderIstdShape, shop_no: 0 }),
  () => ({ waybills: [PreCreateWaybillIstdShape] }),
);
