// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.sp.isv.signauth.query` (GET /v3/alipay/open/sp/isv/signauth/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenSpIsvSignauthQueryRequest = { order_id: "20211102034000100000047728652040" };
 * ```
 */
export interface AlipayOpenSpIsvSignauthQueryRequest {
  /** A query parameter (v3). */
  order_id?: string;
}

/**
 * The result of `alipay.open.sp.isv.signauth.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenSpIsvSignauthQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenSpIsvSignauthQueryResult {
  order_id?: string;
  status?: string;
  task_infos?: SubTaskInfo[];
}

/**
 * The error codes of `alipay.open.sp.isv.signauth.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenSpIsvSignauthQueryErrorCode = "ILLEGAL_PARAMS";
 * ```
 */
export type AlipayOpenSpIsvSignauthQueryErrorCode = "ILLEGAL_PARAMS" | "SIGNAUTH_ORDER_NOT_EXIST" | "SIGNAUTH_ISV_NOT_MATCH" | "SYSTEM_ERROR";

/**
 * `SubTaskInfo`, a model of Alipay's v3 description (in `alipay.open.sp.isv.signauth.query`).
 *
 * @example
 * ```ts
 * const value: SubTaskInfo = { execute_result: '…', status: '…' };
 * ```
 */
export interface SubTaskInfo {
  execute_result?: string;
  status?: string;
  type?: string;
  type_desc?: string;
}
const SubTaskInfoShape = (): object => ({ execute_result: 0, status: 0, type: 0, type_desc: 0 });

/**
 * `alipay.open.sp.isv.signauth.query`: GET /v3/alipay/open/sp/isv/signauth/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenSpIsvSignauthQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenSpIsvSignauthQuery, { order_id: "20211102034000100000047728652040" });
 * ```
 */
export const alipayOpenSpIsvSignauthQuery: ApiDefinition<"alipay.open.sp.isv.signauth.query", AlipayOpenSpIsvSignauthQueryRequest, AlipayOpenSpIsvSignauthQueryResult, AlipayOpenSpIsvSignauthQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.sp.isv.signauth.query",
  { verb: 'GET', query: ["order_id"] },
  () => ({ order_id: 0 }),
  () => ({ order_id: 0, status: 0, task_infos: [SubTaskInfoShape] }),
);
