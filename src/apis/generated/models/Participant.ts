// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type BankcardExtInfo, BankcardExtInfoShape } from './BankcardExtInfo.ts';

/**
 * `Participant`, a model of Alipay's v3 description (in `alipay.fund.trans.pay`, `alipay.fund.trans.uni.transfer`).
 *
 * @example
 * ```ts
 * const value: Participant = { cert_no: '…', cert_type: '…' };
 * ```
 */
export interface Participant {
  bankcard_ext_info?: BankcardExtInfo;
  cert_no?: string;
  cert_type?: string;
  ext_info?: string;
  identity?: string;
  identity_type?: string;
  merchant_user_info?: string;
  name?: string;
}
export const ParticipantShape = (): object => ({ bankcard_ext_info: BankcardExtInfoShape, cert_no: 0, cert_type: 0, ext_info: 0, identity: 0, identity_type: 0, merchant_user_info: 0, name: 0 });
