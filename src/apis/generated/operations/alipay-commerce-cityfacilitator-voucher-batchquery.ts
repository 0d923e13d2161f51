// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.cityfacilitator.voucher.batchquery` (POST /v3/alipay/commerce/cityfacilitator/voucher/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceCityfacilitatorVoucherBatchqueryRequest = { city_code: '…' };
 * ```
 */
export interface AlipayCommerceCityfacilitatorVoucherBatchqueryRequest {
  city_code?: string;
  trade_nos?: string[];
}

/**
 * The result of `alipay.commerce.cityfacilitator.voucher.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceCityfacilitatorVoucherBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceCityfacilitatorVoucherBatchqueryResult {
  tickets?: TicketDetailInfo[];
}

/**
 * The error codes of `alipay.commerce.cityfacilitator.voucher.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceCityfacilitatorVoucherBatchqueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayCommerceCityfacilitatorVoucherBatchqueryErrorCode = "SYSTEM_ERROR" | "ILLEGAL_BIZ_PARAMS" | "NO_RIGHT";

/**
 * `TicketDetailInfo`, a model of Alipay's v3 description (in `alipay.commerce.cityfacilitator.voucher.batchquery`).
 *
 * @example
 * ```ts
 * const value: TicketDetailInfo = { amount: '…', end_station: '…' };
 * ```
 */
export interface TicketDetailInfo {
  amount?: string;
  end_station?: string;
  end_station_name?: string;
  quantity?: string;
  start_station?: string;
  start_station_name?: string;
  status?: string;
  ticket_price?: string;
  ticket_type?: string;
  trade_no?: string;
}
const TicketDetailInfoShape = (): object => ({ amount: 0, end_station: 0, end_station_name: 0, quantity: 0, start_station: 0, start_station_name: 0, status: 0, ticket_price: 0, ticket_type: 0, trade_no: 0 });

/**
 * `alipay.commerce.cityfacilitator.voucher.batchquery`: POST /v3/alipay/commerce/cityfacilitator/voucher/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceCityfacilitatorVoucherBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceCityfacilitatorVoucherBatchquery, { city_code: '…' });
 * ```
 */
export const alipayCommerceCityfacilitatorVoucherBatchquery: ApiDefinition<"alipay.commerce.cityfacilitator.voucher.batchquery", AlipayCommerceCityfacilitatorVoucherBatchqueryRequest, AlipayCommerceCityfacilitatorVoucherBatchqueryResult, AlipayCommerceCityfacilitatorVoucherBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.cityfacilitator.voucher.batchquery",
  'POST',
  () => ({ city_code: 0, trade_nos: [0] }),
  () => ({ tickets: [TicketDetailInfoShape] }),
);
