// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherGoodsQuantitySpecificationInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.batchquery`, `alipay.marketing.activity.ordervoucher.create`, `alipay.marketing.activity.ordervoucher.query` and 6 more).
 *
 * @example
 * ```ts
 * const value: VoucherGoodsQuantitySpecificationInfo = { directional_type: '…', specification_quantity: 1 };
 * ```
 */
export interface VoucherGoodsQuantitySpecificationInfo {
  directional_type?: string;
  specification_quantity?: number;
  specification_unit?: string;
}
export const VoucherGoodsQuantitySpecificationInfoShape = (): object => ({ directional_type: 0, specification_quantity: 1, specification_unit: 0 });
