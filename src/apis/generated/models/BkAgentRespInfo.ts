// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `BkAgentRespInfo`, a model of Alipay's v3 description (in `alipay.trade.pay`, `alipay.trade.query`).
 *
 * @example
 * ```ts
 * const value: BkAgentRespInfo = { bindclrissr_id: '…', bindpyeracctbk_id: '…' };
 * ```
 */
export interface BkAgentRespInfo {
  bindclrissr_id?: string;
  bindpyeracctbk_id?: string;
  bindtrx_id?: string;
  bkpyeruser_code?: string;
  estter_location?: string;
}
export const BkAgentRespInfoShape = (): object => ({ bindclrissr_id: 0, bindpyeracctbk_id: 0, bindtrx_id: 0, bkpyeruser_code: 0, estter_location: 0 });
