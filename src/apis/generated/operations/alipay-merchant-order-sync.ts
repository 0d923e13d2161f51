// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.order.sync` (POST /v3/alipay/merchant/order/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantOrderSyncRequest = { amount: '…', buyer_id: '…' };
 * ```
 */
export interface AlipayMerchantOrderSyncRequest {
  amount?: string;
  buyer_id?: string;
  buyer_info?: UserInfomation;
  buyer_open_id?: string;
  category_id?: string;
  discount_amount?: string;
  discount_info_list?: DiscountInfoData[];
  ext_info?: OrderExtInfo[];
  item_order_list?: ItemOrderInfo[];
  journey_order_list?: OrderJourneyInfo[];
  logistics_info_list?: OrderLogisticsInformationRequest[];
  /** @deprecated */
  order_auth_code?: string;
  order_create_time?: string;
  order_modified_time?: string;
  order_pay_time?: string;
  order_type?: string;
  out_biz_no?: string;
  /** @deprecated */
  partner_id?: string;
  pay_amount?: string;
  pay_timeout_express?: string;
  /** @deprecated */
  record_id?: string;
  /** @deprecated */
  seller_id?: string;
  send_msg?: string;
  service_code?: string;
  shop_info?: OrderShopInfo;
  source_app?: string;
  sync_content?: string;
  ticket_info?: TicketInfo;
  ticket_order_list?: TicketOrderInfo[];
  trade_no?: string;
  trade_type?: string;
}

/**
 * The result of `alipay.merchant.order.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantOrderSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantOrderSyncResult {
  distribute_result?: OrderDataDistributeInfo[];
  order_id?: string;
  order_status?: string;
  record_id?: string;
  sync_suggestions?: OrderDataSyncSuggestion[];
}

/**
 * The error codes of `alipay.merchant.order.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantOrderSyncErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMerchantOrderSyncErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "MATERIAL_ID_ILLEGAL" | "CONTENT_ILLEGAL" | "TINY_APP_ID_NULL" | "TINY_APP_ID_ILLEGAL" | "LOGISTICS_INFO_EXIST" | "TRADE_NOT_EXIST" | "ITEM_INFO_NOT_COMPLETE" | "NO_PERMISSOON" | "ORDER_ERROR_STATUS" | "LOGISTICS_SIZE_LARGE" | "ITEM_HAS_EXIST" | "AMOUNT_ILLEGAL" | "RECORD_NOT_EXIST" | "DATA_INCONSISTENT" | "ITEM_DUPLICATED" | "BUYER_STATUS_ERROR" | "RECORD_ID_IS_NULL" | "OUT_BIZ_NO_IS_NULL" | "BUYER_ID_IS_NULL" | "BUYER_INFO_IS_NULL" | "BUYER_NAME_IS_NULL" | "BUYER_MOBILE_ILLEGAL" | "BUYER_MOBILE_IS_NULL" | "BUYER_CERT_NO_IS_NULL" | "SELLER_ID_IS_NULL" | "AMOUNT_IS_NULL" | "PAY_AMOUNT_IS_NULL" | "PAY_TIMEOUT_EXPRESS_ILLEGAL" | "MERCHANT_ORDER_STATUS_ILLEGAL" | "BUYER_NOT_FOUND" | "BUYER_INFO_ERROR" | "RECORD_ID_ILLEGAL" | "MINICENTER_INVOKE_ERROR" | "MERCHANT_LINK_EXIST" | "ARGUMENT_NULL" | "PAY_CHANNEL_IS_NULL" | "PAY_CHANNEL_ERROR" | "TRADE_NO_NOT_MATCH" | "INFO_SEC_ERROR" | "ITEM_NOT_MATCH" | "TINY_APP_IS_NOT_ONLINE" | "TINY_APP_ID_NOT_SYNC_EQUAL_TRADE" | "DATA_ACCESS_EXCEPTION" | "INVALID_ORDER_AUTH_CODE" | "SERVICE_REFUSED" | "DUPLICATE_REQUEST" | "NO_NEED_RETRY_ERROR" | "SERVICE_CODE_STATUS_ERROR" | "USER_NOT_AUTHORIZED";

/**
 * `DiscountInfoData`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: DiscountInfoData = { discount_amount: '…', discount_name: '…' };
 * ```
 */
export interface DiscountInfoData {
  discount_amount?: string;
  discount_name?: string;
  discount_page_link?: string;
  discount_quantity?: number;
  external_discount_id?: string;
}
const DiscountInfoDataShape = (): object => ({ discount_amount: 0, discount_name: 0, discount_page_link: 0, discount_quantity: 1, external_discount_id: 0 });

/**
 * `FunctionalService`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: FunctionalService = { content: '…', function_code: '…' };
 * ```
 */
export interface FunctionalService {
  content?: string;
  ext_info?: OrderExtInfo[];
  function_code?: string;
  function_name?: string;
  function_type?: string;
  function_url?: string;
  memo?: string;
}
const FunctionalServiceShape = (): object => ({ content: 0, ext_info: [OrderExtInfoShape], function_code: 0, function_name: 0, function_type: 0, function_url: 0, memo: 0 });

/**
 * `ItemOrderInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: ItemOrderInfo = { item_id: '…', item_name: '…' };
 * ```
 */
export interface ItemOrderInfo {
  ext_info?: OrderExtInfo[];
  item_id?: string;
  item_name?: string;
  quantity?: number;
  sku_id?: string;
  status?: string;
  status_desc?: string;
  unit?: string;
  unit_price?: string;
}
const ItemOrderInfoShape = (): object => ({ ext_info: [OrderExtInfoShape], item_id: 0, item_name: 0, quantity: 1, sku_id: 0, status: 0, status_desc: 0, unit: 0, unit_price: 0 });

/**
 * `JourneyLocation`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: JourneyLocation = { aoi_id: '…', city: '…' };
 * ```
 */
export interface JourneyLocation {
  aoi_id?: string;
  city?: string;
  ext_info?: OrderExtInfo[];
  location_id?: string;
  location_id_type?: string;
  merchant_division_id?: string;
  merchant_id?: string;
  merchant_poi?: string;
  name?: string;
  poi_id?: string;
}
const JourneyLocationShape = (): object => ({ aoi_id: 0, city: 0, ext_info: [OrderExtInfoShape], location_id: 0, location_id_type: 0, merchant_division_id: 0, merchant_id: 0, merchant_poi: 0, name: 0, poi_id: 0 });

/**
 * `JourneyMerchantInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: JourneyMerchantInfo = { logo: '…', name: '…' };
 * ```
 */
export interface JourneyMerchantInfo {
  ext_info?: OrderExtInfo[];
  logo?: string;
  name?: string;
  short_name?: string;
}
const JourneyMerchantInfoShape = (): object => ({ ext_info: [OrderExtInfoShape], logo: 0, name: 0, short_name: 0 });

/**
 * `JourneyServiceChangeInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: JourneyServiceChangeInfo = { change_status: '…', detail_url: '…' };
 * ```
 */
export interface JourneyServiceChangeInfo {
  change_status?: string;
  detail_url?: string;
  ext_info?: OrderExtInfo[];
  remind_content?: string;
}
const JourneyServiceChangeInfoShape = (): object => ({ change_status: 0, detail_url: 0, ext_info: [OrderExtInfoShape], remind_content: 0 });

/**
 * `OrderDataDistributeInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderDataDistributeInfo = { not_distribute_reason: '…', scene_code: '…' };
 * ```
 */
export interface OrderDataDistributeInfo {
  not_distribute_reason?: string;
  scene_code?: string;
  scene_name?: string;
}
const OrderDataDistributeInfoShape = (): object => ({ not_distribute_reason: 0, scene_code: 0, scene_name: 0 });

/**
 * `OrderDataSyncSuggestion`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderDataSyncSuggestion = { message: '…', type: '…' };
 * ```
 */
export interface OrderDataSyncSuggestion {
  message?: string;
  type?: string;
}
const OrderDataSyncSuggestionShape = (): object => ({ message: 0, type: 0 });

/**
 * `OrderExtInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderExtInfo = { ext_key: '…', ext_value: '…' };
 * ```
 */
export interface OrderExtInfo {
  ext_key?: string;
  ext_value?: string;
}
const OrderExtInfoShape = (): object => ({ ext_key: 0, ext_value: 0 });

/**
 * `OrderJourneyElement`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderJourneyElement = { duration: '…', end_time: '…' };
 * ```
 */
export interface OrderJourneyElement {
  arrival?: JourneyLocation;
  departure?: JourneyLocation;
  duration?: string;
  end_time?: string;
  end_time_desc?: string;
  ext_info?: OrderExtInfo[];
  functional_services?: FunctionalService[];
  passagers?: UserInfomation[];
  service_change_info?: JourneyServiceChangeInfo;
  service_provider?: JourneyMerchantInfo;
  start_time?: string;
  start_time_desc?: string;
}
const OrderJourneyElementShape = (): object => ({ arrival: JourneyLocationShape, departure: JourneyLocationShape, duration: 0, end_time: 0, end_time_desc: 0, ext_info: [OrderExtInfoShape], functional_services: [FunctionalServiceShape], passagers: [UserInfomationShape], service_change_info: JourneyServiceChangeInfoShape, service_provider: JourneyMerchantInfoShape, start_time: 0, start_time_desc: 0 });

/**
 * `OrderJourneyInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderJourneyInfo = { action: '…', journey_create_time: '…' };
 * ```
 */
export interface OrderJourneyInfo {
  action?: string;
  ext_info?: OrderExtInfo[];
  journey_create_time?: string;
  journey_desc?: string;
  journey_elements?: OrderJourneyElement[];
  journey_index?: string;
  journey_modify_time?: string;
  merchant_journey_no?: string;
  status?: string;
  status_desc?: string;
  sub_type?: string;
  title?: string;
  type?: string;
}
const OrderJourneyInfoShape = (): object => ({ action: 0, ext_info: [OrderExtInfoShape], journey_create_time: 0, journey_desc: 0, journey_elements: [OrderJourneyElementShape], journey_index: 0, journey_modify_time: 0, merchant_journey_no: 0, status: 0, status_desc: 0, sub_type: 0, title: 0, type: 0 });

/**
 * `OrderLogisticsInformationRequest`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderLogisticsInformationRequest = { logistics_code: '…', phone_no: '…' };
 * ```
 */
export interface OrderLogisticsInformationRequest {
  logistics_code?: string;
  phone_no?: string;
  tracking_no?: string;
}
const OrderLogisticsInformationRequestShape = (): object => ({ logistics_code: 0, phone_no: 0, tracking_no: 0 });

/**
 * `OrderParticipantInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderParticipantInfo = { logo_material_id: '…', name: '…' };
 * ```
 */
export interface OrderParticipantInfo {
  ext_info?: OrderExtInfo[];
  logo_material_id?: string;
  name?: string;
  short_name?: string;
  type?: string;
  uid?: string;
}
const OrderParticipantInfoShape = (): object => ({ ext_info: [OrderExtInfoShape], logo_material_id: 0, name: 0, short_name: 0, type: 0, uid: 0 });

/**
 * `OrderShopInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderShopInfo = { address: '…', alipay_shop_id: '…' };
 * ```
 */
export interface OrderShopInfo {
  address?: string;
  alipay_shop_id?: string;
  ext_info?: OrderExtInfo[];
  merchant_shop_id?: string;
  merchant_shop_link_page?: string;
  name?: string;
  phone_num?: string;
  type?: string;
}
const OrderShopInfoShape = (): object => ({ address: 0, alipay_shop_id: 0, ext_info: [OrderExtInfoShape], merchant_shop_id: 0, merchant_shop_link_page: 0, name: 0, phone_num: 0, type: 0 });

/**
 * `OrderVehicleInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: OrderVehicleInfo = { license_plate_no: '…', memo: '…' };
 * ```
 */
export interface OrderVehicleInfo {
  license_plate_no?: string;
  memo?: string;
  shift_no?: string;
}
const OrderVehicleInfoShape = (): object => ({ license_plate_no: 0, memo: 0, shift_no: 0 });

/**
 * `SeatInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: SeatInfo = { seat_class: '…', seat_no: '…' };
 * ```
 */
export interface SeatInfo {
  seat_class?: string;
  seat_no?: string;
}
const SeatInfoShape = (): object => ({ seat_class: 0, seat_no: 0 });

/**
 * `TicketInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: TicketInfo = { address: '…', end_time: '…' };
 * ```
 */
export interface TicketInfo {
  address?: string;
  end_time?: string;
  resv_type?: string;
  shop?: string;
  ticket_no?: string;
  time?: string;
  type?: string;
}
const TicketInfoShape = (): object => ({ address: 0, end_time: 0, resv_type: 0, shop: 0, ticket_no: 0, time: 0, type: 0 });

/**
 * `TicketOrderInfo`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: TicketOrderInfo = { content: '…', effective_num: 1 };
 * ```
 */
export interface TicketOrderInfo {
  arrival?: JourneyLocation;
  content?: string;
  departure?: JourneyLocation;
  effective_num?: number;
  end_time?: string;
  ext_info?: OrderExtInfo[];
  face_value?: string;
  functional_services?: FunctionalService[];
  invalid_reason?: string;
  locations?: JourneyLocation[];
  merchant_ticket_no?: string;
  seat_infos?: SeatInfo[];
  service_provider?: OrderParticipantInfo;
  shops?: OrderShopInfo[];
  start_time?: string;
  status?: string;
  ticket_create_time?: string;
  ticket_modify_time?: string;
  ticket_num?: number;
  ticket_users?: UserInfomation[];
  title?: string;
  vehicle_info?: OrderVehicleInfo;
}
const TicketOrderInfoShape = (): object => ({ arrival: JourneyLocationShape, content: 0, departure: JourneyLocationShape, effective_num: 1, end_time: 0, ext_info: [OrderExtInfoShape], face_value: 0, functional_services: [FunctionalServiceShape], invalid_reason: 0, locations: [JourneyLocationShape], merchant_ticket_no: 0, seat_infos: [SeatInfoShape], service_provider: OrderParticipantInfoShape, shops: [OrderShopInfoShape], start_time: 0, status: 0, ticket_create_time: 0, ticket_modify_time: 0, ticket_num: 1, ticket_users: [UserInfomationShape], title: 0, vehicle_info: OrderVehicleInfoShape });

/**
 * `UserInfomation`, a model of Alipay's v3 description (in `alipay.merchant.order.sync`).
 *
 * @example
 * ```ts
 * const value: UserInfomation = { cert_no: '…', cert_type: '…' };
 * ```
 */
export interface UserInfomation {
  cert_no?: string;
  cert_type?: string;
  ext_info?: OrderExtInfo[];
  mobile?: string;
  name?: string;
  open_id?: string;
  user_id?: string;
}
const UserInfomationShape = (): object => ({ cert_no: 0, cert_type: 0, ext_info: [OrderExtInfoShape], mobile: 0, name: 0, open_id: 0, user_id: 0 });

/**
 * `alipay.merchant.order.sync`: POST /v3/alipay/merchant/order/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantOrderSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantOrderSync, { amount: '…', buyer_id: '…' });
 * ```
 */
export const alipayMerchantOrderSync: ApiDefinition<"alipay.merchant.order.sync", AlipayMerchantOrderSyncRequest, AlipayMerchantOrderSyncResult, AlipayMerchantOrderSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.order.sync",
  'POST',
  () => ({ amount: 0, buyer_id: 0, buyer_info: UserInfomationShape, buyer_open_id: 0, category_id: 0, discount_amount: 0, discount_info_list: [DiscountInfoDataShape], ext_info: [OrderExtInfoShape], item_order_list: [ItemOrderInfoShape], journey_order_list: [OrderJourneyInfoShape], logistics_info_list: [OrderLogisticsInformationRequestShape], order_auth_code: 0, order_create_time: 0, order_modified_time: 0, order_pay_time: 0, order_type: 0, out_biz_no: 0, partner_id: 0, pay_amount: 0, pay_timeout_express: 0, record_id: 0, seller_id: 0, send_msg: 0, service_code: 0, shop_info: OrderShopInfoShape, source_app: 0, sync_content: 0, ticket_info: TicketInfoShape, ticket_order_list: [TicketOrderInfoShape], trade_no: 0, trade_type: 0 }),
  () => ({ distribute_result: [OrderDataDistributeInfoShape], order_id: 0, order_status: 0, record_id: 0, sync_suggestions: [OrderDataSyncSuggestionShape] }),
);
