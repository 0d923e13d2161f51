// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `MdCodeInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.consume.sync`, `alipay.marketing.card.open`, `alipay.marketing.card.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: MdCodeInfoDTO = { code_status: '…', code_value: '…' };
 * ```
 */
export interface MdCodeInfoDTO {
  code_status?: string;
  code_value?: string;
  expire_time?: string;
  time_stamp?: number;
}
export const MdCodeInfoDTOShape = (): object => ({ code_status: 0, code_value: 0, expire_time: 0, time_stamp: 1 });
