// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.oppor.page.query` (GET /v3/alipay/open/sp/oppor/page/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpOpporPageQueryRequest = { isv_pid: "2088302213873401", status_list: "WAIT_MER_CONFIRM,MER_CONFIRMED,MER_REJECTED,EXPANDING,EXPANDED,EXPAND_FAILED" };
 * ```
 */
export interface AlipayOpenSpOpporPageQueryRequest {
  /** A query parameter (v3). */
  isv_pid?: string;
  /** A query parameter (v3). */
  status_list?: string;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  page_num?: string;
}

/**
 * The result of `alipay.open.sp.oppor.page.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpOpporPageQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpOpporPageQueryResult {
  current_page?: number;
  oppor_list?: IsvExpandOpporDTO[];
  page_size?: number;
  total_size?: number;
}

/**
 * The error codes of `alipay.open.sp.oppor.page.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpOpporPageQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenSpOpporPageQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "ISV_NOT_IN_WHITELIST";

/**
 * `IsvExpandOpporDTO`, a model of Alipay's v3 description (in `alipay.open.sp.oppor.page.query`).
 *
 * @example
 * ```ts
 * const value: IsvExpandOpporDTO = { address: '…', leads_id: '…' };
 * ```
 */
export interface IsvExpandOpporDTO {
  address?: string;
  leads_id?: string;
  name?: string;
  oppor_id?: string;
  out_biz_no?: string;
  phone?: string;
  status?: string;
}
const IsvExpandOpporDTOShape = (): object => ({ address: 0, leads_id: 0, name: 0, oppor_id: 0, out_biz_no: 0, phone: 0, status: 0 });

/**
 * `alipay.open.sp.oppor.page.query`: GET /v3/alipay/open/sp/oppor/page/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpOpporPageQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpOpporPageQuery, { isv_pid: "2088302213873401", status_list: "WAIT_MER_CONFIRM,MER_CONFIRMED,MER_REJECTED,EXPANDING,EXPANDED,EXPAND_FAILED" });
 * ```
 */
export const alipayOpenSpOpporPageQuery: ApiDefinition<"alipay.open.sp.oppor.page.query", AlipayOpenSpOpporPageQueryRequest, AlipayOpenSpOpporPageQueryResult, AlipayOpenSpOpporPageQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.oppor.page.query",
  { verb: 'GET', query: ["isv_pid", "status_list", "page_size", "page_num"] },
  () => ({ isv_pid: 0, status_list: 0, page_size: 0, page_num: 0 }),
  () => ({ current_page: 1, oppor_list: [IsvExpandOpporDTOShape], page_size: 1, total_size: 1 }),
);
