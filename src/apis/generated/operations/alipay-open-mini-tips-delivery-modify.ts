// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.tips.delivery.modify` (POST /v3/alipay/open/mini/tips/delivery/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniTipsDeliveryModifyRequest = { delivery_id: '…', operate_type: '…' };
 * ```
 */
export interface AlipayOpenMiniTipsDeliveryModifyRequest {
  delivery_id?: string;
  operate_type?: string;
}

/**
 * The result of `alipay.open.mini.tips.delivery.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniTipsDeliveryModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayOpenMiniTipsDeliveryModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.open.mini.tips.delivery.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniTipsDeliveryModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenMiniTipsDeliveryModifyErrorCode = "INVALID_PARAMETER" | "DELIVER_NOT_EXIST" | "TIPS_DELIVERY_AUDITING" | "SAME_MODIFY_OPERATION_TYPE" | "INVALID_OPERATE_TYPE" | "STATUS_NOT_ALLOWED";

/**
 * `alipay.open.mini.tips.delivery.modify`: POST /v3/alipay/open/mini/tips/delivery/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniTipsDeliveryModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniTipsDeliveryModify, { delivery_id: '…', operate_type: '…' });
 * ```
 */
export const alipayOpenMiniTipsDeliveryModify: ApiDefinition<"alipay.open.mini.tips.delivery.modify", AlipayOpenMiniTipsDeliveryModifyRequest, AlipayOpenMiniTipsDeliveryModifyResult, AlipayOpenMiniTipsDeliveryModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.tips.delivery.modify",
  'POST',
  () => ({ delivery_id: 0, operate_type: 0 }),
  () => ({}),
);
