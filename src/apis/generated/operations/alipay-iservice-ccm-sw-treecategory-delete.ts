// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.treecategory.delete` (DELETE /v3/alipay/iservice/ccm/sw/treecategory/delete: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreecategoryDeleteRequest = {};
 * ```
 */
export type AlipayIserviceCcmSwTreecategoryDeleteRequest = Record<string, never>;

/**
 * The result of `alipay.iservice.ccm.sw.treecategory.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreecategoryDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwTreecategoryDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.treecategory.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreecategoryDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreecategoryDeleteErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.treecategory.delete`: DELETE /v3/alipay/iservice/ccm/sw/treecategory/delete over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreecategoryDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreecategoryDelete, {});
 * ```
 */
export const alipayIserviceCcmSwTreecategoryDelete: ApiDefinition<"alipay.iservice.ccm.sw.treecategory.delete", AlipayIserviceCcmSwTreecategoryDeleteRequest, AlipayIserviceCcmSwTreecategoryDeleteResult, AlipayIserviceCcmSwTreecategoryDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.treecategory.delete",
  'DELETE',
  () => ({}),
  () => ({}),
);
