// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.role.create` (POST /v3/alipay/iservice/ccm/role/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmRoleCreateRequest = { ccs_instance_id: '…', creator_id: '…' };
 * ```
 */
export interface AlipayIserviceCcmRoleCreateRequest {
  ccs_instance_id?: string;
  creator_id?: string;
  description?: string;
  function_ids?: string[];
  name?: string;
}

/**
 * The result of `alipay.iservice.ccm.role.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmRoleCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmRoleCreateResult {
  id?: string;
}

/**
 * The error codes of `alipay.iservice.ccm.role.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmRoleCreateErrorCode = "DUPLICATE_ROLE";
 * ```
 */
export type AlipayIserviceCcmRoleCreateErrorCode = "DUPLICATE_ROLE" | "INTERNAL_ERROR" | "TENENT_NOT_FOUND";

/**
 * `alipay.iservice.ccm.role.create`: POST /v3/alipay/iservice/ccm/role/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmRoleCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmRoleCreate, { ccs_instance_id: '…', creator_id: '…' });
 * ```
 */
export const alipayIserviceCcmRoleCreate: ApiDefinition<"alipay.iservice.ccm.role.create", AlipayIserviceCcmRoleCreateRequest, AlipayIserviceCcmRoleCreateResult, AlipayIserviceCcmRoleCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.role.create",
  'POST',
  () => ({ ccs_instance_id: 0, creator_id: 0, description: 0, function_ids: [0], name: 0 }),
  () => ({ id: 0 }),
);
