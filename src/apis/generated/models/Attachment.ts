// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `Attachment`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`, `alipay.eco.sign.flow.create`).
 *
 * @example
 * ```ts
 * const value: Attachment = { attachment_name: '…', file_id: '…' };
 * ```
 */
export interface Attachment {
  attachment_name?: string;
  file_id?: string;
}
export const AttachmentShape = (): object => ({ attachment_name: 0, file_id: 0 });
