// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `KeyWordInfo`, a model of Alipay's v3 description (in `alipay.open.search.appkeyword.batchquery`, `alipay.open.search.appkeyword.querystatus`, `alipay.open.search.subservicekeyword.batchquery` and 1 more).
 *
 * @example
 * ```ts
 * const value: KeyWordInfo = { apply_no: '…', audit_key_word: '…' };
 * ```
 */
export interface KeyWordInfo {
  apply_no?: string;
  audit_key_word?: string;
  audit_reason?: string;
  audit_time?: string;
  config_id?: string;
  gmt_create?: string;
  key_word?: string;
  status?: string;
}
export const KeyWordInfoShape = (): object => ({ apply_no: 0, audit_key_word: 0, audit_reason: 0, audit_time: 0, config_id: 0, gmt_create: 0, key_word: 0, status: 0 });
