// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type EcOrderItem, EcOrderItemShape } from '../models/EcOrderItem.ts';

/**
 * The request of `alipay.ebpp.invoice.ecorder.order.query` (GET /v3/alipay/ebpp/invoice/ecorder/order/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEcorderOrderQueryRequest = { enterprise_id: "2088501296144291", account_id: "2088000000000000" };
 * ```
 */
export interface AlipayEbppInvoiceEcorderOrderQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  order_id?: string;
  /** A query parameter (v3). */
  order_type?: string;
}

/**
 * The result of `alipay.ebpp.invoice.ecorder.order.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEcorderOrderQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEcorderOrderQueryResult {
  order_info?: EcOrderItem;
  sub_order_list?: EcOrderItem[];
}

/**
 * The error codes of `alipay.ebpp.invoice.ecorder.order.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEcorderOrderQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEbppInvoiceEcorderOrderQueryErrorCode = "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INVALID_PARAMETER" | "ORDER_NOT_EXIST";

/**
 * `alipay.ebpp.invoice.ecorder.order.query`: GET /v3/alipay/ebpp/invoice/ecorder/order/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEcorderOrderQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEcorderOrderQuery, { enterprise_id: "2088501296144291", account_id: "2088000000000000" });
 * ```
 */
export const alipayEbppInvoiceEcorderOrderQuery: ApiDefinition<"alipay.ebpp.invoice.ecorder.order.query", AlipayEbppInvoiceEcorderOrderQueryRequest, AlipayEbppInvoiceEcorderOrderQueryResult, AlipayEbppInvoiceEcorderOrderQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.ecorder.order.query",
  { verb: 'GET', query: ["enterprise_id", "account_id", "agreement_no", "order_id", "order_type"] },
  () => ({ enterprise_id: 0, account_id: 0, agreement_no: 0, order_id: 0, order_type: 0 }),
  () => ({ order_info: EcOrderItemShape, sub_order_list: [EcOrderItemShape] }),
);
