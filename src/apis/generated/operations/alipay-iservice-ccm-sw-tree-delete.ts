// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.tree.delete` (DELETE /v3/alipay/iservice/ccm/sw/tree/delete: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwTreeDeleteRequest = {};
 * ```
 */
export type AlipayIserviceCcmSwTreeDeleteRequest = Record<string, never>;

/**
 * The result of `alipay.iservice.ccm.sw.tree.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwTreeDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwTreeDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.tree.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwTreeDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwTreeDeleteErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.tree.delete`: DELETE /v3/alipay/iservice/ccm/sw/tree/delete over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwTreeDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwTreeDelete, {});
 * ```
 */
export const alipayIserviceCcmSwTreeDelete: ApiDefinition<"alipay.iservice.ccm.sw.tree.delete", AlipayIserviceCcmSwTreeDeleteRequest, AlipayIserviceCcmSwTreeDeleteResult, AlipayIserviceCcmSwTreeDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.tree.delete",
  'DELETE',
  () => ({}),
  () => ({}),
);
