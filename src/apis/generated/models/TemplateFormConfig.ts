// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type TemplateFormFields, TemplateFormFieldsShape } from './TemplateFormFields.ts';

/**
 * `TemplateFormConfig`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateFormConfig = { open_card_mini_app_id: '…' };
 * ```
 */
export interface TemplateFormConfig {
  fields?: TemplateFormFields;
  open_card_mini_app_id?: string;
}
export const TemplateFormConfigShape = (): object => ({ fields: TemplateFormFieldsShape, open_card_mini_app_id: 0 });
