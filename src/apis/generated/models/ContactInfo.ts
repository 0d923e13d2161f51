// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `ContactInfo`, a model of Alipay's v3 description (in `ant.merchant.expand.shop.consult`, `ant.merchant.expand.shop.create`, `ant.merchant.expand.shop.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: ContactInfo = { email: '…', id_card_no: '…' };
 * ```
 */
export interface ContactInfo {
  email?: string;
  id_card_no?: string;
  mobile?: string;
  name?: string;
  phone?: string;
  tag?: string[];
  type?: string;
}
export const ContactInfoShape = (): object => ({ email: 0, id_card_no: 0, mobile: 0, name: 0, phone: 0, tag: [0], type: 0 });
