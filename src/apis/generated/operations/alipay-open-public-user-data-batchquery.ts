// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.user.data.batchquery` (POST /v3/alipay/open/public/user/data/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicUserDataBatchqueryRequest = { begin_date: '…', end_date: '…' };
 * ```
 */
export interface AlipayOpenPublicUserDataBatchqueryRequest {
  begin_date?: string;
  end_date?: string;
}

/**
 * The result of `alipay.open.public.user.data.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicUserDataBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicUserDataBatchqueryResult {
  data_list?: UserAnalysisData[];
}

/**
 * The error codes of `alipay.open.public.user.data.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicUserDataBatchqueryErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicUserDataBatchqueryErrorCode = "ILLEGAL_BIZ_PARAMS" | "SYSTEM_ERROR" | "BUSINESS_ERROR" | "QUERY_DATE_INVALID";

/**
 * `UserAnalysisData`, a model of Alipay's v3 description (in `alipay.open.public.user.data.batchquery`).
 *
 * @example
 * ```ts
 * const value: UserAnalysisData = { cancel_user_cnt: '…', cumulate_user_cnt: '…' };
 * ```
 */
export interface UserAnalysisData {
  cancel_user_cnt?: string;
  cumulate_user_cnt?: string;
  date?: string;
  grow_user_cnt?: string;
  new_user_cnt?: string;
}
const UserAnalysisDataShape = (): object => ({ cancel_user_cnt: 0, cumulate_user_cnt: 0, date: 0, grow_user_cnt: 0, new_user_cnt: 0 });

/**
 * `alipay.open.public.user.data.batchquery`: POST /v3/alipay/open/public/user/data/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicUserDataBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicUserDataBatchquery, { begin_date: '…', end_date: '…' });
 * ```
 */
export const alipayOpenPublicUserDataBatchquery: ApiDefinition<"alipay.open.public.user.data.batchquery", AlipayOpenPublicUserDataBatchqueryRequest, AlipayOpenPublicUserDataBatchqueryResult, AlipayOpenPublicUserDataBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.user.data.batchquery",
  'POST',
  () => ({ begin_date: 0, end_date: 0 }),
  () => ({ data_list: [UserAnalysisDataShape] }),
);
