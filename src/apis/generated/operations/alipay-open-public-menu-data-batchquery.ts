// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.menu.data.batchquery` (POST /v3/alipay/open/public/menu/data/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicMenuDataBatchqueryRequest = { begin_date: '…', end_date: '…' };
 * ```
 */
export interface AlipayOpenPublicMenuDataBatchqueryRequest {
  begin_date?: string;
  end_date?: string;
}

/**
 * The result of `alipay.open.public.menu.data.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicMenuDataBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicMenuDataBatchqueryResult {
  data_list?: MenuAnalysisData[];
}

/**
 * The error codes of `alipay.open.public.menu.data.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicMenuDataBatchqueryErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicMenuDataBatchqueryErrorCode = "ILLEGAL_BIZ_PARAMS" | "SYSTEM_ERROR" | "BUSINESS_ERROR" | "QUERY_DATE_INVALID";

/**
 * `MenuAnalysisData`, a model of Alipay's v3 description (in `alipay.open.public.menu.data.batchquery`).
 *
 * @example
 * ```ts
 * const value: MenuAnalysisData = { avg_click_user_cnt: '…', click_cnt: 1 };
 * ```
 */
export interface MenuAnalysisData {
  avg_click_user_cnt?: string;
  click_cnt?: number;
  click_user_cnt?: number;
  date?: string;
  menu_type?: string;
  name?: string;
  sub_name?: string;
}
const MenuAnalysisDataShape = (): object => ({ avg_click_user_cnt: 0, click_cnt: 1, click_user_cnt: 1, date: 0, menu_type: 0, name: 0, sub_name: 0 });

/**
 * `alipay.open.public.menu.data.batchquery`: POST /v3/alipay/open/public/menu/data/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicMenuDataBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicMenuDataBatchquery, { begin_date: '…', end_date: '…' });
 * ```
 */
export const alipayOpenPublicMenuDataBatchquery: ApiDefinition<"alipay.open.public.menu.data.batchquery", AlipayOpenPublicMenuDataBatchqueryRequest, AlipayOpenPublicMenuDataBatchqueryResult, AlipayOpenPublicMenuDataBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.menu.data.batchquery",
  'POST',
  () => ({ begin_date: 0, end_date: 0 }),
  () => ({ data_list: [MenuAnalysisDataShape] }),
);
