// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `VoucherFileInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterpriseconsume.detail.query`, `alipay.ebpp.invoice.enterpriseconsume.relatedetail.query`).
 *
 * @example
 * ```ts
 * const value: VoucherFileInfo = { file_download_url: '…', file_name: '…' };
 * ```
 */
export interface VoucherFileInfo {
  file_download_url?: string;
  file_name?: string;
  file_type?: string;
}
export const VoucherFileInfoShape = (): object => ({ file_download_url: 0, file_name: 0, file_type: 0 });
