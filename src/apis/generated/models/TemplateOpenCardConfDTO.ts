// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type TemplateRightsContentDTO, TemplateRightsContentDTOShape } from './TemplateRightsContentDTO.ts';

/**
 * `TemplateOpenCardConfDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateOpenCardConfDTO = { conf: '…', open_card_source_type: '…' };
 * ```
 */
export interface TemplateOpenCardConfDTO {
  card_rights?: TemplateRightsContentDTO[];
  conf?: string;
  open_card_source_type?: string;
  open_card_url?: string;
  source_app_id?: string;
}
export const TemplateOpenCardConfDTOShape = (): object => ({ card_rights: [TemplateRightsContentDTOShape], conf: 0, open_card_source_type: 0, open_card_url: 0, source_app_id: 0 });
