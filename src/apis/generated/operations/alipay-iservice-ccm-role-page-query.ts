// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.role.page.query` (GET /v3/alipay/iservice/ccm/role/page/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmRolePageQueryRequest = { name: "普通客服", page_num: 1 };
 * ```
 */
export interface AlipayIserviceCcmRolePageQueryRequest {
  /** A query parameter (v3). */
  name?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
  /** A query parameter (v3). */
  ccs_instance_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.role.page.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmRolePageQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmRolePageQueryResult {
  page_num?: number;
  page_size?: number;
  roles?: Role[];
  total_count?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.role.page.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmRolePageQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmRolePageQueryErrorCode = "INVALID_PARAMETER" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `Role`, a model of Alipay's v3 description (in `alipay.iservice.ccm.role.page.query`).
 *
 * @example
 * ```ts
 * const value: Role = { ccs_instance_id: '…', create_time: '…' };
 * ```
 */
export interface Role {
  ccs_instance_id?: string;
  create_time?: string;
  creator_id?: string;
  description?: string;
  function_ids?: string[];
  id?: string;
  name?: string;
  update_time?: string;
  updater_id?: string;
}
const RoleShape = (): object => ({ ccs_instance_id: 0, create_time: 0, creator_id: 0, description: 0, function_ids: [0], id: 0, name: 0, update_time: 0, updater_id: 0 });

/**
 * `alipay.iservice.ccm.role.page.query`: GET /v3/alipay/iservice/ccm/role/page/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmRolePageQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmRolePageQuery, { name: "普通客服", page_num: 1 });
 * ```
 */
export const alipayIserviceCcmRolePageQuery: ApiDefinition<"alipay.iservice.ccm.role.page.query", AlipayIserviceCcmRolePageQueryRequest, AlipayIserviceCcmRolePageQueryResult, AlipayIserviceCcmRolePageQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.role.page.query",
  { verb: 'GET', query: ["name", "page_num", "page_size", "ccs_instance_id"] },
  () => ({ name: 0, page_num: 1, page_size: 1, ccs_instance_id: 0 }),
  () => ({ page_num: 1, page_size: 1, roles: [RoleShape], total_count: 1 }),
);
