// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `EnterpriseTitleInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseexctrl.employertitle.batchquery`, `alipay.ebpp.invoice.enterpriseexctrl.employertitle.query`).
 *
 * @example
 * ```ts
 * const value: EnterpriseTitleInfo = { address: '…', bank_account: '…' };
 * ```
 */
export interface EnterpriseTitleInfo {
  address?: string;
  bank_account?: string;
  bank_name?: string;
  tax_register_no?: string;
  telephone?: string;
  title_id?: string;
  title_name?: string;
}
export const EnterpriseTitleInfoShape = (): object => ({ address: 0, bank_account: 0, bank_name: 0, tax_register_no: 0, telephone: 0, title_id: 0, title_name: 0 });
