// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.life.label.modify` (POST /v3/alipay/open/public/life/label/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeLabelModifyRequest = { label_id: '…', label_name: '…' };
 * ```
 */
export interface AlipayOpenPublicLifeLabelModifyRequest {
  label_id?: string;
  label_name?: string;
}

/**
 * The result of `alipay.open.public.life.label.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeLabelModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicLifeLabelModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.life.label.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLifeLabelModifyErrorCode = "MOD_LABEL_ID_IS_EMPTY";
 * ```
 */
export type AlipayOpenPublicLifeLabelModifyErrorCode = "MOD_LABEL_ID_IS_EMPTY" | "MOD_LABEL_NAME_IS_EMPTY" | "LABEL_NAME_HAS_SPACE" | "LABEL_NAME_HAS_COMMA" | "LABEL_NAME_TOO_LONG" | "LABEL_NOT_EXISTS" | "LABEL_NAME_ALREADY_EXISTS";

/**
 * `alipay.open.public.life.label.modify`: POST /v3/alipay/open/public/life/label/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeLabelModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeLabelModify, { label_id: '…', label_name: '…' });
 * ```
 */
export const alipayOpenPublicLifeLabelModify: ApiDefinition<"alipay.open.public.life.label.modify", AlipayOpenPublicLifeLabelModifyRequest, AlipayOpenPublicLifeLabelModifyResult, AlipayOpenPublicLifeLabelModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.label.modify",
  'POST',
  () => ({ label_id: 0, label_name: 0 }),
  () => ({}),
);
