// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.templatemsg.maketing.batchquery` (POST /v3/alipay/open/mini/templatemsg/maketing/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTemplatemsgMaketingBatchqueryRequest = { page_num: 1, page_size: 1 };
 * ```
 */
export interface AlipayOpenMiniTemplatemsgMaketingBatchqueryRequest {
  page_num?: number;
  page_size?: number;
}

/**
 * The result of `alipay.open.mini.templatemsg.maketing.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTemplatemsgMaketingBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniTemplatemsgMaketingBatchqueryResult {
  marketing_delivery_detail_list?: MarketingDeliveryDetail[];
  total?: number;
}

/**
 * The error codes of `alipay.open.mini.templatemsg.maketing.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTemplatemsgMaketingBatchqueryErrorCode = "PAG_NUM_NOT_VALID";
 * ```
 */
export type AlipayOpenMiniTemplatemsgMaketingBatchqueryErrorCode = "PAG_NUM_NOT_VALID" | "PAG_SIZE_NOT_VALID" | "SYSTEM_ERROR";

/**
 * `MarketingDeliveryDetail`, a model of Alipay's v3 description (in `alipay.open.mini.templatemsg.maketing.batchquery`).
 *
 * @example
 * ```ts
 * const value: MarketingDeliveryDetail = { detail_id: '…', gmt_end: '…' };
 * ```
 */
export interface MarketingDeliveryDetail {
  bind_id_list?: string[];
  detail_id?: string;
  gmt_end?: string;
  gmt_start?: string;
  name?: string;
  status?: string;
}
const MarketingDeliveryDetailShape = (): object => ({ bind_id_list: [0], detail_id: 0, gmt_end: 0, gmt_start: 0, name: 0, status: 0 });

/**
 * `alipay.open.mini.templatemsg.maketing.batchquery`: POST /v3/alipay/open/mini/templatemsg/maketing/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTemplatemsgMaketingBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTemplatemsgMaketingBatchquery, { page_num: 1, page_size: 1 });
 * ```
 */
export const alipayOpenMiniTemplatemsgMaketingBatchquery: ApiDefinition<"alipay.open.mini.templatemsg.maketing.batchquery", AlipayOpenMiniTemplatemsgMaketingBatchqueryRequest, AlipayOpenMiniTemplatemsgMaketingBatchqueryResult, AlipayOpenMiniTemplatemsgMaketingBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.templatemsg.maketing.batchquery",
  'POST',
  () => ({ page_num: 1, page_size: 1 }),
  () => ({ marketing_delivery_detail_list: [MarketingDeliveryDetailShape], total: 1 }),
);
