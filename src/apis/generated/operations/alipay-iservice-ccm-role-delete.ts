// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.role.delete` (DELETE /v3/alipay/iservice/ccm/role/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmRoleDeleteRequest = { id: "123", ccs_instance_id: "ksj_J2Qa" };
 * ```
 */
export interface AlipayIserviceCcmRoleDeleteRequest {
  /** A query parameter (v3). */
  id?: string;
  /** A query parameter (v3). */
  ccs_instance_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.role.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmRoleDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmRoleDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.role.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmRoleDeleteErrorCode = "INTERNAL_ERROR";
 * ```
 */
export type AlipayIserviceCcmRoleDeleteErrorCode = "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `alipay.iservice.ccm.role.delete`: DELETE /v3/alipay/iservice/ccm/role/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmRoleDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmRoleDelete, { id: "123", ccs_instance_id: "ksj_J2Qa" });
 * ```
 */
export const alipayIserviceCcmRoleDelete: ApiDefinition<"alipay.iservice.ccm.role.delete", AlipayIserviceCcmRoleDeleteRequest, AlipayIserviceCcmRoleDeleteResult, AlipayIserviceCcmRoleDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.role.delete",
  { verb: 'DELETE', query: ["id", "ccs_instance_id"] },
  () => ({ id: 0, ccs_instance_id: 0 }),
  () => ({}),
);
