// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.life.label.delete` (DELETE /v3/alipay/open/public/life/label/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeLabelDeleteRequest = { label_id: "10000" };
 * ```
 */
export interface AlipayOpenPublicLifeLabelDeleteRequest {
  /** A query parameter (v3). */
  label_id?: string;
}

/**
 * The result of `alipay.open.public.life.label.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeLabelDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicLifeLabelDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.life.label.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLifeLabelDeleteErrorCode = "DEL_LABEL_ID_IS_EMPTY";
 * ```
 */
export type AlipayOpenPublicLifeLabelDeleteErrorCode = "DEL_LABEL_ID_IS_EMPTY" | "LABEL_NOT_EXISTS" | "LABEL_IS_USED";

/**
 * `alipay.open.public.life.label.delete`: DELETE /v3/alipay/open/public/life/label/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeLabelDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeLabelDelete, { label_id: "10000" });
 * ```
 */
export const alipayOpenPublicLifeLabelDelete: ApiDefinition<"alipay.open.public.life.label.delete", AlipayOpenPublicLifeLabelDeleteRequest, AlipayOpenPublicLifeLabelDeleteResult, AlipayOpenPublicLifeLabelDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.label.delete",
  { verb: 'DELETE', query: ["label_id"] },
  () => ({ label_id: 0 }),
  () => ({}),
);
