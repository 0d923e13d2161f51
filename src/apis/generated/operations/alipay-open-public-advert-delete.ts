// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.public.advert.delete` (DELETE /v3/alipay/open/public/advert/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicAdvertDeleteRequest = { advert_id: "123", advert_group: "CG202008041013200064690" };
 * ```
 */
export interface AlipayOpenPublicAdvertDeleteRequest {
  /** A query parameter (v3). */
  advert_id?: string;
  /** A query parameter (v3). */
  advert_group?: string;
}

/**
 * The result of `alipay.open.public.advert.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicAdvertDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenPublicAdvertDeleteResult = Record<string, never>;

/**
 * The error codes of `alipay.open.public.advert.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicAdvertDeleteErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicAdvertDeleteErrorCode = "ILLEGAL_BIZ_PARAMS" | "PUBLIC_ADVERT_ID_INVALID" | "PUBLIC_ADVERT_NOT_EXISTS" | "SYSTEM_ERROR" | "BUSINESS_ERROR" | "AUTHORIZE_NOT_ADMIT";

/**
 * `alipay.open.public.advert.delete`: DELETE /v3/alipay/open/public/advert/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenPublicAdvertDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicAdvertDelete, { advert_id: "123", advert_group: "CG202008041013200064690" });
 * ```
 */
export const alipayOpenPublicAdvertDelete: ApiDefinition<"alipay.open.public.advert.delete", AlipayOpenPublicAdvertDeleteRequest, AlipayOpenPublicAdvertDeleteResult, AlipayOpenPublicAdvertDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.advert.delete",
  { verb: 'DELETE', query: ["advert_id", "advert_group"] },
  () => ({ advert_id: 0, advert_group: 0 }),
  () => ({}),
);
