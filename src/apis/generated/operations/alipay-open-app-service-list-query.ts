// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.app.service.list.query` (GET /v3/alipay/open/app/service/list/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenAppServiceListQueryRequest = { service_name: "肯德基", category_id: "C15484611" };
 * ```
 */
export interface AlipayOpenAppServiceListQueryRequest {
  /** A query parameter (v3). */
  service_name?: string;
  /** A query parameter (v3). */
  category_id?: string;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  page_num?: number;
}

/**
 * The result of `alipay.open.app.service.list.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenAppServiceListQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenAppServiceListQueryResult {
  page_num?: number;
  page_size?: number;
  records?: StandardServiceBaseInfo[];
  total?: number;
}

/**
 * The error codes of `alipay.open.app.service.list.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenAppServiceListQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayOpenAppServiceListQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "PERMISSION_CHECK_ERROR" | "MINI_APP_NOT_ONLINE" | "SERVICE_IS_INVALID";

/**
 * `StandardServiceBaseInfo`, a model of Alipay's v3 description (in `alipay.open.app.service.list.query`).
 *
 * @example
 * ```ts
 * const value: StandardServiceBaseInfo = { biz_status: '…', category_id: '…' };
 * ```
 */
export interface StandardServiceBaseInfo {
  biz_status?: string;
  category_id?: string;
  service_code?: string;
  service_name?: string;
}
const StandardServiceBaseInfoShape = (): object => ({ biz_status: 0, category_id: 0, service_code: 0, service_name: 0 });

/**
 * `alipay.open.app.service.list.query`: GET /v3/alipay/open/app/service/list/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenAppServiceListQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenAppServiceListQuery, { service_name: "肯德基", category_id: "C15484611" });
 * ```
 */
export const alipayOpenAppServiceListQuery: ApiDefinition<"alipay.open.app.service.list.query", AlipayOpenAppServiceListQueryRequest, AlipayOpenAppServiceListQueryResult, AlipayOpenAppServiceListQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.app.service.list.query",
  { verb: 'GET', query: ["service_name", "category_id", "page_size", "page_num"] },
  () => ({ service_name: 0, category_id: 0, page_size: 1, page_num: 1 }),
  () => ({ page_num: 1, page_size: 1, records: [StandardServiceBaseInfoShape], total: 1 }),
);
