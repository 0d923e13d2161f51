// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OpenApiRoyaltyDetailInfoPojo`, a model of Alipay's v3 description (in `alipay.trade.order.settle`, `alipay.trade.refund`).
 *
 * @example
 * ```ts
 * const value: OpenApiRoyaltyDetailInfoPojo = { amount: '…', amount_percentage: 1 };
 * ```
 */
export interface OpenApiRoyaltyDetailInfoPojo {
  amount?: string;
  amount_percentage?: number;
  desc?: string;
  royalty_scene?: string;
  royalty_type?: string;
  trans_in?: string;
  trans_in_name?: string;
  trans_in_type?: string;
  trans_out?: string;
  trans_out_type?: string;
}
export const OpenApiRoyaltyDetailInfoPojoShape = (): object => ({ amount: 0, amount_percentage: 1, desc: 0, royalty_scene: 0, royalty_type: 0, trans_in: 0, trans_in_name: 0, trans_in_type: 0, trans_out: 0, trans_out_type: 0 });
