// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ConsumerNotifyIstd, ConsumerNotifyIstdShape } from '../models/ConsumerNotifyIstd.ts';
import { type GoodsDetailIstd, GoodsDetailIstdShape } from '../models/GoodsDetailIstd.ts';
import { type GoodsInfoIstd, GoodsInfoIstdShape } from '../models/GoodsInfoIstd.ts';
import { type OrderExtIstd, OrderExtIstdShape } from '../models/OrderExtIstd.ts';
import { type ReceiverIstd, ReceiverIstdShape } from '../models/ReceiverIstd.ts';
import { type SenderIstd, SenderIstdShape } from '../models/SenderIstd.ts';

/**
 * The request of `alipay.commerce.logistics.order.istdretry.create` (POST /v3/alipay/commerce/logistics/order/istdretry/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceLogisticsOrderIstdretryCreateRequest = { consumer_id: '…', consumer_source: '…' };
 * ```
 */
export interface AlipayCommerceLogisticsOrderIstdretryCreateRequest {
  consumer_id?: string;
  consumer_notify?: ConsumerNotifyIstd;
  consumer_source?: string;
  goods_details?: GoodsDetailIstd[];
  goods_info?: GoodsInfoIstd;
  logistics_code?: string;
  logistics_token?: string;
  open_id?: string;
  order_ext_istd?: OrderExtIstd;
  out_order_no?: string;
  receiver?: ReceiverIstd;
  sender?: SenderIstd;
  shop_no?: string;
}

/**
 * The result of `alipay.commerce.logistics.order.istdretry.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceLogisticsOrderIstdretryCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceLogisticsOrderIstdretryCreateResult {
  coupon_fee?: string;
  deliver_fee?: string;
  dispatch_duration?: number;
  distance?: number;
  fee?: string;
  finish_code?: string;
  insurance_fee?: string;
  order_no?: string;
  pay_amount?: string;
  pickup_code?: string;
  status?: string;
  waybill_no?: string;
}

/**
 * The error codes of `alipay.commerce.logistics.order.istdretry.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceLogisticsOrderIstdretryCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceLogisticsOrderIstdretryCreateErrorCode = "SYSTEM_ERROR" | "PARAM_ILLEGAL" | "LOGISTICS_COMPANY_CONFIG_EXCEPTION" | "NOT_REGISTER_LOGISTICS_ACCOUNT_OR_SHOP" | "MRCH_DEDUCT_AGREEMENT_NOT_EXIST" | "OUT_ORDER_NO_REPEAT" | "WAYBILL_NO_REPEAT" | "PAY_FAIL" | "PAY_UNKNOWN" | "THIRD_BIZ_EXCEPTION";

/**
 * `alipay.commerce.logistics.order.istdretry.create`: POST /v3/alipay/commerce/logistics/order/istdretry/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceLogisticsOrderIstdretryCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceLogisticsOrderIstdretryCreate, { consumer_id: '…', consumer_source: '…' });
 * ```
 */
export const alipayCommerceLogisticsOrderIstdretryCreate: ApiDefinition<"alipay.commerce.logistics.order.istdretry.create", AlipayCommerceLogisticsOrderIstdretryCreateRequest, AlipayCommerceLogisticsOrderIstdretryCreateResult, AlipayCommerceLogisticsOrderIstdretryCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.logistics.order.istdretry.create",
  'POST',
  () => ({ consumer_id: 0, consumer_notify: ConsumerNotifyIstdShape, consumer_source: 0, goods_details: [GoodsDetailIstdShape], goods_info: GoodsInfoIstdShape, logistics_code: 0, logistics_token: 0, open_id: 0, order_ext_istd: OrderExtIstdShape, out_order_no: 0, receiver: ReceiverIstdShape, sender: SenderIstdShape, shop_no: 0 }),
  () => ({ coupon_fee: 0, deliver_fee: 0, dispatch_duration: 1, distance: 1, fee: 0, finish_code: 0, insurance_fee: 0, order_no: 0, pay_amount: 0, pickup_code: 0, status: 0, waybill_no: 0 }),
);
