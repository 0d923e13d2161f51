// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.library.delete` (DELETE /v3/alipay/iservice/ccm/sw/library/delete: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwLibraryDeleteRequest = {};
 * ```
 */
export type AlipayIserviceCcmSwLibraryDeleteRequest = Record<string, never>;

/**
 * The result of `alipay.iservice.ccm.sw.library.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwLibraryDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwLibraryDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.library.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwLibraryDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwLibraryDeleteErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.library.delete`: DELETE /v3/alipay/iservice/ccm/sw/library/delete over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwLibraryDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwLibraryDelete, {});
 * ```
 */
export const alipayIserviceCcmSwLibraryDelete: ApiDefinition<"alipay.iservice.ccm.sw.library.delete", AlipayIserviceCcmSwLibraryDeleteRequest, AlipayIserviceCcmSwLibraryDeleteResult, AlipayIserviceCcmSwLibraryDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.library.delete",
  'DELETE',
  () => ({}),
  () => ({}),
);
