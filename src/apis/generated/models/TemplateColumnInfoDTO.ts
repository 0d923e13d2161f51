// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type MoreInfoDTO, MoreInfoDTOShape } from './MoreInfoDTO.ts';

/**
 * `TemplateColumnInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateColumnInfoDTO = { code: '…', group_title: '…' };
 * ```
 */
export interface TemplateColumnInfoDTO {
  code?: string;
  group_title?: string;
  icon_id?: string;
  more_info?: MoreInfoDTO;
  operate_type?: string;
  tag?: string;
  title?: string;
  value?: string;
}
export const TemplateColumnInfoDTOShape = (): object => ({ code: 0, group_title: 0, icon_id: 0, more_info: MoreInfoDTOShape, operate_type: 0, tag: 0, title: 0, value: 0 });
