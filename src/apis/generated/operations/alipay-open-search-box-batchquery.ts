// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.search.box.batchquery` (POST /v3/alipay/open/search/box/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSearchBoxBatchqueryRequest = { merchant_id: '…', page_number: 1 };
 * ```
 */
export interface AlipayOpenSearchBoxBatchqueryRequest {
  merchant_id?: string;
  page_number?: number;
  page_size?: number;
}

/**
 * The result of `alipay.open.search.box.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSearchBoxBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSearchBoxBatchqueryResult {
  box_infos?: SearchBoxBasicInfo[];
  page_number?: number;
  page_size?: number;
  total_count?: number;
  total_page_count?: number;
}

/**
 * The error codes of `alipay.open.search.box.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSearchBoxBatchqueryErrorCode = "INPUT_ARGUMENT_NULL";
 * ```
 */
export type AlipayOpenSearchBoxBatchqueryErrorCode = "INPUT_ARGUMENT_NULL" | "INPUT_ARGUMENT_ILLEGAL" | "ISV_NOT_AUTH" | "NO_PERMISSION" | "SYSTEM_ERROR";

/**
 * `SearchBoxBasicInfo`, a model of Alipay's v3 description (in `alipay.open.search.box.batchquery`).
 *
 * @example
 * ```ts
 * const value: SearchBoxBasicInfo = { box_id: '…', brand_id: '…' };
 * ```
 */
export interface SearchBoxBasicInfo {
  box_id?: string;
  brand_id?: string;
  name?: string;
  status?: string;
  target_appid?: string;
}
const SearchBoxBasicInfoShape = (): object => ({ box_id: 0, brand_id: 0, name: 0, status: 0, target_appid: 0 });

/**
 * `alipay.open.search.box.batchquery`: POST /v3/alipay/open/search/box/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSearchBoxBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSearchBoxBatchquery, { merchant_id: '…', page_number: 1 });
 * ```
 */
export const alipayOpenSearchBoxBatchquery: ApiDefinition<"alipay.open.search.box.batchquery", AlipayOpenSearchBoxBatchqueryRequest, AlipayOpenSearchBoxBatchqueryResult, AlipayOpenSearchBoxBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.search.box.batchquery",
  'POST',
  () => ({ merchant_id: 0, page_number: 1, page_size: 1 }),
  () => ({ box_infos: [SearchBoxBasicInfoShape], page_number: 1, page_size: 1, total_count: 1, total_page_count: 1 }),
);
