// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.live.channel.query` (GET /v3/alipay/merchant/live/channel/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantLiveChannelQueryRequest = { secret: "b07d6694341b69c406522d3ff28d9807" };
 * ```
 */
export interface AlipayMerchantLiveChannelQueryRequest {
  /** A query parameter (v3). */
  secret?: string;
}

/**
 * The result of `alipay.merchant.live.channel.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantLiveChannelQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantLiveChannelQueryResult {
  channel_content?: string;
  channel_identity?: string;
  channel_secret?: string;
  channel_type?: string;
}

/**
 * The error codes of `alipay.merchant.live.channel.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantLiveChannelQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMerchantLiveChannelQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `alipay.merchant.live.channel.query`: GET /v3/alipay/merchant/live/channel/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantLiveChannelQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantLiveChannelQuery, { secret: "b07d6694341b69c406522d3ff28d9807" });
 * ```
 */
export const alipayMerchantLiveChannelQuery: ApiDefinition<"alipay.merchant.live.channel.query", AlipayMerchantLiveChannelQueryRequest, AlipayMerchantLiveChannelQueryResult, AlipayMerchantLiveChannelQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.live.channel.query",
  { verb: 'GET', query: ["secret"] },
  () => ({ secret: 0 }),
  () => ({ channel_content: 0, channel_identity: 0, channel_secret: 0, channel_type: 0 }),
);
