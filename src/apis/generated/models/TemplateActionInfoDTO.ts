// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type TemplateActionMiniAppUrlDTO, TemplateActionMiniAppUrlDTOShape } from './TemplateActionMiniAppUrlDTO.ts';

/**
 * `TemplateActionInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: TemplateActionInfoDTO = { code: '…', text: '…' };
 * ```
 */
export interface TemplateActionInfoDTO {
  code?: string;
  mini_app_url?: TemplateActionMiniAppUrlDTO;
  text?: string;
  url?: string;
  url_type?: string;
}
export const TemplateActionInfoDTOShape = (): object => ({ code: 0, mini_app_url: TemplateActionMiniAppUrlDTOShape, text: 0, url: 0, url_type: 0 });
