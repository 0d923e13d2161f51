// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TemplateFormFields`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateFormFields = {};
 * ```
 */
export interface TemplateFormFields {
  optional?: string[];
  required?: string[];
}
export const TemplateFormFieldsShape = (): object => ({ optional: [0], required: [0] });
