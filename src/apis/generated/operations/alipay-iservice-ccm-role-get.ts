// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.role.get` (GET /v3/alipay/iservice/ccm/role/get: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmRoleGetRequest = { id: "123", ccs_instance_id: "qi1_FAq1" };
 * ```
 */
export interface AlipayIserviceCcmRoleGetRequest {
  /** A query parameter (v3). */
  id?: string;
  /** A query parameter (v3). */
  ccs_instance_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.role.get`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmRoleGetResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmRoleGetResult {
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

/**
 * The error codes of `alipay.iservice.ccm.role.get` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmRoleGetErrorCode = "ROLE_NOT_EXIST";
 * ```
 */
export type AlipayIserviceCcmRoleGetErrorCode = "ROLE_NOT_EXIST" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `alipay.iservice.ccm.role.get`: GET /v3/alipay/iservice/ccm/role/get over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmRoleGet } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmRoleGet, { id: "123", ccs_instance_id: "qi1_FAq1" });
 * ```
 */
export const alipayIserviceCcmRoleGet: ApiDefinition<"alipay.iservice.ccm.role.get", AlipayIserviceCcmRoleGetRequest, AlipayIserviceCcmRoleGetResult, AlipayIserviceCcmRoleGetErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.role.get",
  { verb: 'GET', query: ["id", "ccs_instance_id"] },
  () => ({ id: 0, ccs_instance_id: 0 }),
  () => ({ ccs_instance_id: 0, create_time: 0, creator_id: 0, description: 0, function_ids: [0], id: 0, name: 0, update_time: 0, updater_id: 0 }),
);
