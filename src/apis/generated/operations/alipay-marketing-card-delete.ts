// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.card.delete` (DELETE /v3/alipay/marketing/card/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardDeleteRequest = { out_serial_no: "2016062700001", target_card_no: "0000001" };
 * ```
 */
export interface AlipayMarketingCardDeleteRequest {
  /** A query parameter (v3). */
  out_serial_no?: string;
  /** A query parameter (v3). */
  target_card_no?: string;
  /** A query parameter (v3). */
  target_card_no_type?: string;
  /** A query parameter (v3). */
  reason_code?: string;
  /** A query parameter (v3). */
  ext_info?: string;
}

/**
 * The result of `alipay.marketing.card.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardDeleteResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardDeleteResult {
  biz_serial_no?: string;
}

/**
 * The error codes of `alipay.marketing.card.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardDeleteErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardDeleteErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "CARD_NOT_EXIT" | "NO_CARD_TYPE" | "CARD_IS_DELETED_ALREADY";

/**
 * `alipay.marketing.card.delete`: DELETE /v3/alipay/marketing/card/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardDelete, { out_serial_no: "2016062700001", target_card_no: "0000001" });
 * ```
 */
export const alipayMarketingCardDelete: ApiDefinition<"alipay.marketing.card.delete", AlipayMarketingCardDeleteRequest, AlipayMarketingCardDeleteResult, AlipayMarketingCardDeleteErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.delete",
  { verb: 'DELETE', query: ["out_serial_no", "target_card_no", "target_card_no_type", "reason_code", "ext_info"] },
  () => ({ out_serial_no: 0, target_card_no: 0, target_card_no_type: 0, reason_code: 0, ext_info: 0 }),
  () => ({ biz_serial_no: 0 }),
);
