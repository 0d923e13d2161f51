// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.tree.create` (PUT /v3/alipay/iservice/ccm/sw/tree/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreeCreateRequest = { ccs_instance_id: '…', name: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwTreeCreateRequest {
  ccs_instance_id?: string;
  name?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.tree.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreeCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwTreeCreateResult {
  id?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.tree.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreeCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreeCreateErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.tree.create`: PUT /v3/alipay/iservice/ccm/sw/tree/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreeCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreeCreate, { ccs_instance_id: '…', name: '…' });
 * ```
 */
export const alipayIserviceCcmSwTreeCreate: ApiDefinition<"alipay.iservice.ccm.sw.tree.create", AlipayIserviceCcmSwTreeCreateRequest, AlipayIserviceCcmSwTreeCreateResult, AlipayIserviceCcmSwTreeCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.tree.create",
  'PUT',
  () => ({ ccs_instance_id: 0, name: 0 }),
  () => ({ id: 1 }),
);
