// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.iservice.ccm.sw.article.delete` (DELETE /v3/alipay/iservice/ccm/sw/article/delete: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayIserviceCcmSwArticleDeleteRequest = {};
 * ```
 */
export type AlipayIserviceCcmSwArticleDeleteRequest = Record<string, never>;

/**
 * The result of `alipay.iservice.ccm.sw.article.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayIserviceCcmSwArticleDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayIserviceCcmSwArticleDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.iservice.ccm.sw.article.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayIserviceCcmSwArticleDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayIserviceCcmSwArticleDeleteErrorCode = "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `alipay.iservice.ccm.sw.article.delete`: DELETE /v3/alipay/iservice/ccm/sw/article/delete over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayIserviceCcmSwArticleDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayIserviceCcmSwArticleDelete, {});
 * ```
 */
export const alipayIserviceCcmSwArticleDelete: ApiDefinition<"alipay.iservice.ccm.sw.article.delete", AlipayIserviceCcmSwArticleDeleteRequest, AlipayIserviceCcmSwArticleDeleteResult, AlipayIserviceCcmSwArticleDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.iservice.ccm.sw.article.delete",
  'DELETE',
  () => ({}),
  () => ({}),
);
