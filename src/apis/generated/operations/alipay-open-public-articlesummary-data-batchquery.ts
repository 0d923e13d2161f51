// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.articlesummary.data.batchquery` (POST /v3/alipay/open/public/articlesummary/data/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicArticlesummaryDataBatchqueryRequest = { begin_date: '…', end_date: '…' };
 * ```
 */
export interface AlipayOpenPublicArticlesummaryDataBatchqueryRequest {
  begin_date?: string;
  end_date?: string;
}

/**
 * The result of `alipay.open.public.articlesummary.data.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicArticlesummaryDataBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicArticlesummaryDataBatchqueryResult {
  data_list?: ArticleSummaryAnalysisData[];
}

/**
 * The error codes of `alipay.open.public.articlesummary.data.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicArticlesummaryDataBatchqueryErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicArticlesummaryDataBatchqueryErrorCode = "ILLEGAL_BIZ_PARAMS" | "SYSTEM_ERROR" | "BUSINESS_ERROR" | "QUERY_DATE_INVALID";

/**
 * `ArticleSummaryAnalysisData`, a model of Alipay's v3 description (in `alipay.open.public.articlesummary.data.batchquery`).
 *
 * @example
 * ```ts
 * const value: ArticleSummaryAnalysisData = { avg_read_time: '…', date: '…' };
 * ```
 */
export interface ArticleSummaryAnalysisData {
  avg_read_time?: string;
  date?: string;
  deliver_user_cnt?: number;
  expose_user_cnt?: number;
  praise_user_cnt?: number;
  read_user_cnt?: number;
  reply_user_cnt?: number;
  share_user_cnt?: number;
}
const ArticleSummaryAnalysisDataShape = (): object => ({ avg_read_time: 0, date: 0, deliver_user_cnt: 1, expose_user_cnt: 1, praise_user_cnt: 1, read_user_cnt: 1, reply_user_cnt: 1, share_user_cnt: 1 });

/**
 * `alipay.open.public.articlesummary.data.batchquery`: POST /v3/alipay/open/public/articlesummary/data/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicArticlesummaryDataBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicArticlesummaryDataBatchquery, { begin_date: '…', end_date: '…' });
 * ```
 */
export const alipayOpenPublicArticlesummaryDataBatchquery: ApiDefinition<"alipay.open.public.articlesummary.data.batchquery", AlipayOpenPublicArticlesummaryDataBatchqueryRequest, AlipayOpenPublicArticlesummaryDataBatchqueryResult, AlipayOpenPublicArticlesummaryDataBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.articlesummary.data.batchquery",
  'POST',
  () => ({ begin_date: 0, end_date: 0 }),
  () => ({ data_list: [ArticleSummaryAnalysisDataShape] }),
);
