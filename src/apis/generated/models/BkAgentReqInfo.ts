// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `BkAgentReqInfo`, a model of Alipay's v3 description (in `alipay.trade.create`, `alipay.trade.pay`, `alipay.trade.precreate`).
 *
 * @example
 * ```ts
 * const value: BkAgentReqInfo = { acq_code: '…', device_type: '…' };
 * ```
 */
export interface BkAgentReqInfo {
  acq_code?: string;
  device_type?: string;
  location?: string;
  merch_code?: string;
  serial_num?: string;
}
export const BkAgentReqInfoShape = (): object => ({ acq_code: 0, device_type: 0, location: 0, merch_code: 0, serial_num: 0 });
