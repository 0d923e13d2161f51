// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.treecategory.modify` (PATCH /v3/alipay/iservice/ccm/sw/treecategory/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreecategoryModifyRequest = { ccs_instance_id: '…', description: '…' };
 * ```
 */
export interface AlipayIserviceCcmSwTreecategoryModifyRequest {
  ccs_instance_id?: string;
  description?: string;
  father_id?: string;
  id?: number;
  name?: string;
  tags?: string;
}

/**
 * The result of `alipay.iservice.ccm.sw.treecategory.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreecategoryModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwTreecategoryModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.treecategory.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreecategoryModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreecategoryModifyErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.treecategory.modify`: PATCH /v3/alipay/iservice/ccm/sw/treecategory/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreecategoryModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreecategoryModify, { ccs_instance_id: '…', description: '…' });
 * ```
 */
export const alipayIserviceCcmSwTreecategoryModify: ApiDefinition<"alipay.iservice.ccm.sw.treecategory.modify", AlipayIserviceCcmSwTreecategoryModifyRequest, AlipayIserviceCcmSwTreecategoryModifyResult, AlipayIserviceCcmSwTreecategoryModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.treecategory.modify",
  'PATCH',
  () => ({ ccs_instance_id: 0, description: 0, father_id: 0, id: 1, name: 0, tags: 0 }),
  () => ({}),
);
