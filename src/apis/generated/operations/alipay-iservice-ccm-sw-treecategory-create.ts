// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.treecategory.create` (PUT /v3/alipay/iservice/ccm/sw/treecategory/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreecategoryCreateRequest = { ccs_instance_id: '…', description: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwTreecategoryCreateRequest {
  ccs_instance_id?: string;
  description?: string;
  father_id?: number;
  name?: string;
  tags?: string[];
}

/**
 * The result of `alipay.iservice.ccm.sw.treecategory.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreecategoryCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayIserviceCcmSwTreecategoryCreateResult {
  id?: number;
}

/**
 * The error codes of `alipay.iservice.ccm.sw.treecategory.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreecategoryCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreecategoryCreateErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.treecategory.create`: PUT /v3/alipay/iservice/ccm/sw/treecategory/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreecategoryCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreecategoryCreate, { ccs_instance_id: '…', description: '…' });
 * ```
 */
export const alipayIserviceCcmSwTreecategoryCreate: ApiDefinition<"alipay.iservice.ccm.sw.treecategory.create", AlipayIserviceCcmSwTreecategoryCreateRequest, AlipayIserviceCcmSwTreecategoryCreateResult, AlipayIserviceCcmSwTreecategoryCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.treecategory.create",
  'PUT',
  () => ({ ccs_instance_id: 0, description: 0, father_id: 1, name: 0, tags: [0] }),
  () => ({ id: 1 }),
);
