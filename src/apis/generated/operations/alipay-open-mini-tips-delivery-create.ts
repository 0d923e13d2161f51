// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.tips.delivery.create` (POST /v3/alipay/open/mini/tips/delivery/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTipsDeliveryCreateRequest = { delivery_content: '…', delivery_name: '…' };
 * ```
 */
export interface AlipayOpenMiniTipsDeliveryCreateRequest {
  delivery_content?: string;
  delivery_name?: string;
  end_time?: string;
  match_type?: string;
  match_url?: string;
  start_time?: string;
}

/**
 * The result of `alipay.open.mini.tips.delivery.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTipsDeliveryCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniTipsDeliveryCreateResult {
  delivery_id?: string;
}

/**
 * The error codes of `alipay.open.mini.tips.delivery.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTipsDeliveryCreateErrorCode = "EXIST_INDEX_TIPS_DELIVERY";
 * ```
 */
export type AlipayOpenMiniTipsDeliveryCreateErrorCode = "EXIST_INDEX_TIPS_DELIVERY" | "EXIST_TARGET_TIPS_DELIVERY" | "TIPS_DELIVERY_EXCEED_LIMIT" | "SYSTEM_ERROR" | "INVALID_DELIVERY_TIME" | "INVALID_MATCH_URL" | "INVALID_MATCH_TYPE";

/**
 * `alipay.open.mini.tips.delivery.create`: POST /v3/alipay/open/mini/tips/delivery/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTipsDeliveryCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTipsDeliveryCreate, { delivery_content: '…', delivery_name: '…' });
 * ```
 */
export const alipayOpenMiniTipsDeliveryCreate: ApiDefinition<"alipay.open.mini.tips.delivery.create", AlipayOpenMiniTipsDeliveryCreateRequest, AlipayOpenMiniTipsDeliveryCreateResult, AlipayOpenMiniTipsDeliveryCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.tips.delivery.create",
  'POST',
  () => ({ delivery_content: 0, delivery_name: 0, end_time: 0, match_type: 0, match_url: 0, start_time: 0 }),
  () => ({ delivery_id: 0 }),
);
