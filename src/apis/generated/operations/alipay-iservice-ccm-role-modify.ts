// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.role.modify` (POST /v3/alipay/iservice/ccm/role/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmRoleModifyRequest = { ccs_instance_id: '…', description: '…' };
 * ```
 */
export interface AlipayIserviceCcmRoleModifyRequest {
  ccs_instance_id?: string;
  description?: string;
  function_ids?: string[];
  id?: string;
  updater_id?: string;
}

/**
 * The result of `alipay.iservice.ccm.role.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmRoleModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmRoleModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.role.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmRoleModifyErrorCode = "ROLE_NOT_EXIST";
 * ```
 */
export type AlipayIserviceCcmRoleModifyErrorCode = "ROLE_NOT_EXIST" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `alipay.iservice.ccm.role.modify`: POST /v3/alipay/iservice/ccm/role/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmRoleModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmRoleModify, { ccs_instance_id: '…', description: '…' });
 * ```
 */
export const alipayIserviceCcmRoleModify: ApiDefinition<"alipay.iservice.ccm.role.modify", AlipayIserviceCcmRoleModifyRequest, AlipayIserviceCcmRoleModifyResult, AlipayIserviceCcmRoleModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.role.modify",
  'POST',
  () => ({ ccs_instance_id: 0, description: 0, function_ids: [0], id: 0, updater_id: 0 }),
  () => ({}),
);
