// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `LogisticsShopStatusDTO`, a model of Alipay's v3 description (in `alipay.open.instantdelivery.merchantshop.create`, `alipay.open.instantdelivery.merchantshop.modify`, `alipay.open.instantdelivery.merchantshop.query`).
 *
 * @example
 * ```ts
 * const value: LogisticsShopStatusDTO = { audit_desc: '…', logistics_code: '…' };
 * ```
 */
export interface LogisticsShopStatusDTO {
  audit_desc?: string;
  logistics_code?: string;
  logistics_name?: string;
  status?: string;
}
export const LogisticsShopStatusDTOShape = (): object => ({ audit_desc: 0, logistics_code: 0, logistics_name: 0, status: 0 });
