// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `TemplateStyleInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.batchquery`, `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify` and 1 more).
 *
 * @example
 * ```ts
 * const value: TemplateStyleInfoDTO = { background_id: '…', banner_img_id: '…' };
 * ```
 */
export interface TemplateStyleInfoDTO {
  background_id?: string;
  banner_img_id?: string;
  banner_url?: string;
  bg_color?: string;
  brand_name?: string;
  card_show_name?: string;
  color?: string;
  column_info_layout?: string;
  feature_descriptions?: string[];
  front_image_enable?: boolean;
  front_text_list_enable?: boolean;
  logo_id?: string;
  slogan?: string;
  slogan_img_id?: string;
}
export const TemplateStyleInfoDTOShape = (): object => ({ background_id: 0, banner_img_id: 0, banner_url: 0, bg_color: 0, brand_name: 0, card_show_name: 0, color: 0, column_info_layout: 0, feature_descriptions: [0], front_image_enable: 2, front_text_list_enable: 2, logo_id: 0, slogan: 0, slogan_img_id: 0 });
