// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.resource.promotionsource.notify` (POST /v3/alipay/open/mini/resource/promotionsource/notify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniResourcePromotionsourceNotifyRequest = { author_id: '…', params: '…' };
 * ```
 */
export interface AlipayOpenMiniResourcePromotionsourceNotifyRequest {
  author_id?: string;
  params?: string;
  promotion_id?: string;
  promotion_name?: string;
  source?: string;
}

/**
 * The result of `alipay.open.mini.resource.promotionsource.notify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniResourcePromotionsourceNotifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniResourcePromotionsourceNotifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.resource.promotionsource.notify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniResourcePromotionsourceNotifyErrorCode = "PARAM_APP_ID_IS_BLANK";
 * ```
 */
export type AlipayOpenMiniResourcePromotionsourceNotifyErrorCode = "PARAM_APP_ID_IS_BLANK" | "PARAM_PROMOTION_ID_IS_BLANK" | "PARAM_PROMOTION_NAME_IS_BLANK" | "RESOURCE_SOURCE_IS_NOT_EXIST";

/**
 * `alipay.open.mini.resource.promotionsource.notify`: POST /v3/alipay/open/mini/resource/promotionsource/notify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniResourcePromotionsourceNotify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniResourcePromotionsourceNotify, { author_id: '…', params: '…' });
 * ```
 */
export const alipayOpenMiniResourcePromotionsourceNotify: ApiDefinition<"alipay.open.mini.resource.promotionsource.notify", AlipayOpenMiniResourcePromotionsourceNotifyRequest, AlipayOpenMiniResourcePromotionsourceNotifyResult, AlipayOpenMiniResourcePromotionsourceNotifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.resource.promotionsource.notify",
  'POST',
  () => ({ author_id: 0, params: 0, promotion_id: 0, promotion_name: 0, source: 0 }),
  () => ({}),
);
