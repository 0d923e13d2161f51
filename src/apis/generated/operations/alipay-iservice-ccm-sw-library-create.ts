// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.library.create` (PUT /v3/alipay/iservice/ccm/sw/library/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwLibraryCreateRequest = { ccs_instance_id: '…', instance_code: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwLibraryCreateRequest {
  ccs_instance_id?: string;
  instance_code?: string;
  name?: string;
  tree_id?: number;
}

/**
 * The result of `alipay.iservice.ccm.sw.library.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwLibraryCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwLibraryCreateResult {
  id?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.library.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwLibraryCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwLibraryCreateErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.library.create`: PUT /v3/alipay/iservice/ccm/sw/library/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwLibraryCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwLibraryCreate, { ccs_instance_id: '…', instance_code: '…' });
 * ```
 */
export const alipayIserviceCcmSwLibraryCreate: ApiDefinition<"alipay.iservice.ccm.sw.library.create", AlipayIserviceCcmSwLibraryCreateRequest, AlipayIserviceCcmSwLibraryCreateResult, AlipayIserviceCcmSwLibraryCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.library.create",
  'PUT',
  () => ({ ccs_instance_id: 0, instance_code: 0, name: 0, tree_id: 1 }),
  () => ({ id: 1 }),
);
