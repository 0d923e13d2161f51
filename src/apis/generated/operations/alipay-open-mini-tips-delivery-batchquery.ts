// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.tips.delivery.batchquery` (POST /v3/alipay/open/mini/tips/delivery/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTipsDeliveryBatchqueryRequest = { page_number: '…', page_size: '…' };
 * ```
 */
export interface AlipayOpenMiniTipsDeliveryBatchqueryRequest {
  page_number?: string;
  page_size?: string;
}

/**
 * The result of `alipay.open.mini.tips.delivery.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTipsDeliveryBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniTipsDeliveryBatchqueryResult {
  tips_delivery_list?: TipsDelivery[];
  total_pages?: number;
  total_size?: number;
}

/**
 * The error codes of `alipay.open.mini.tips.delivery.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTipsDeliveryBatchqueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenMiniTipsDeliveryBatchqueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `TipsDelivery`, a model of Alipay's v3 description (in `alipay.open.mini.tips.delivery.batchquery`).
 *
 * @example
 * ```ts
 * const value: TipsDelivery = { delivery_content: '…', delivery_id: '…' };
 * ```
 */
export interface TipsDelivery {
  delivery_content?: string;
  delivery_id?: string;
  delivery_name?: string;
  end_time?: string;
  fail_reason?: string;
  match_type?: string;
  match_url?: string;
  start_time?: string;
  status?: string;
}
const TipsDeliveryShape = (): object => ({ delivery_content: 0, delivery_id: 0, delivery_name: 0, end_time: 0, fail_reason: 0, match_type: 0, match_url: 0, start_time: 0, status: 0 });

/**
 * `alipay.open.mini.tips.delivery.batchquery`: POST /v3/alipay/open/mini/tips/delivery/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTipsDeliveryBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTipsDeliveryBatchquery, { page_number: '…', page_size: '…' });
 * ```
 */
export const alipayOpenMiniTipsDeliveryBatchquery: ApiDefinition<"alipay.open.mini.tips.delivery.batchquery", AlipayOpenMiniTipsDeliveryBatchqueryRequest, AlipayOpenMiniTipsDeliveryBatchqueryResult, AlipayOpenMiniTipsDeliveryBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.tips.delivery.batchquery",
  'POST',
  () => ({ page_number: 0, page_size: 0 }),
  () => ({ tips_delivery_list: [TipsDeliveryShape], total_pages: 1, total_size: 1 }),
);
