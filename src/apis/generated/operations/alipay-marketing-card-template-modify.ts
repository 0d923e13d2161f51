// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type PaidOuterCardTemplateConfDTO, PaidOuterCardTemplateConfDTOShape } from '../models/PaidOuterCardTemplateConfDTO.ts';
import { type PubChannelDTO, PubChannelDTOShape } from '../models/PubChannelDTO.ts';
import { type TemplateActionInfoDTO, TemplateActionInfoDTOShape } from '../models/TemplateActionInfoDTO.ts';
import { type TemplateBenefitInfoDTO, TemplateBenefitInfoDTOShape } from '../models/TemplateBenefitInfoDTO.ts';
import { type TemplateCardLevelConfDTO, TemplateCardLevelConfDTOShape } from '../models/TemplateCardLevelConfDTO.ts';
import { type TemplateColumnInfoDTO, TemplateColumnInfoDTOShape } from '../models/TemplateColumnInfoDTO.ts';
import { type TemplateFieldRuleDTO, TemplateFieldRuleDTOShape } from '../models/TemplateFieldRuleDTO.ts';
import { type TemplateFormConfig, TemplateFormConfigShape } from '../models/TemplateFormConfig.ts';
import { type TemplateMdcodeNotifyConfDTO, TemplateMdcodeNotifyConfDTOShape } from '../models/TemplateMdcodeNotifyConfDTO.ts';
import { type TemplateOpenCardConfDTO, TemplateOpenCardConfDTOShape } from '../models/TemplateOpenCardConfDTO.ts';
import { type TemplateStyleInfoDTO, TemplateStyleInfoDTOShape } from '../models/TemplateStyleInfoDTO.ts';

/**
 * The request of `alipay.marketing.card.template.modify` (POST /v3/alipay/marketing/card/template/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardTemplateModifyRequest = { access_version: '…', biz_no_prefix: '…' };
 * ```
 */
export interface AlipayMarketingCardTemplateModifyRequest {
  access_version?: string;
  biz_no_prefix?: string;
  biz_no_suffix_len?: string;
  card_action_list?: TemplateActionInfoDTO[];
  card_level_conf?: TemplateCardLevelConfDTO[];
  card_spec_tag?: string;
  column_info_list?: TemplateColumnInfoDTO[];
  field_rule_list?: TemplateFieldRuleDTO[];
  mdcode_notify_conf?: TemplateMdcodeNotifyConfDTO;
  open_card_conf?: TemplateOpenCardConfDTO;
  paid_outer_card_conf?: PaidOuterCardTemplateConfDTO;
  pub_channels?: PubChannelDTO[];
  request_id?: string;
  shop_ids?: string[];
  spi_app_id?: string;
  template_benefit_info?: TemplateBenefitInfoDTO[];
  template_form_config?: TemplateFormConfig;
  template_id?: string;
  template_style_info?: TemplateStyleInfoDTO;
  write_off_type?: string;
}

/**
 * The result of `alipay.marketing.card.template.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardTemplateModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardTemplateModifyResult {
  template_id?: string;
}

/**
 * The error codes of `alipay.marketing.card.template.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardTemplateModifyErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardTemplateModifyErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "TEMPLATE_NOT_EXIT";

/**
 * `alipay.marketing.card.template.modify`: POST /v3/alipay/marketing/card/template/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardTemplateModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardTemplateModify, { access_version: '…', biz_no_prefix: '…' });
 * ```
 */
export const alipayMarketingCardTemplateModify: ApiDefinition<"alipay.marketing.card.template.modify", AlipayMarketingCardTemplateModifyRequest, AlipayMarketingCardTemplateModifyResult, AlipayMarketingCardTemplateModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.template.modify",
  'POST',
  () => ({ access_version: 0, biz_no_prefix: 0, biz_no_suffix_len: 0, card_action_list: [TemplateActionInfoDTOShape], card_level_conf: [TemplateCardLevelConfDTOShape], card_spec_tag: 0, column_info_list: [TemplateColumnInfoDTOShape], field_rule_list: [TemplateFieldRuleDTOShape], mdcode_notify_conf: TemplateMdcodeNotifyConfDTOShape, open_card_conf: TemplateOpenCardConfDTOShape, paid_outer_card_conf: PaidOuterCardTemplateConfDTOShape, pub_channels: [PubChannelDTOShape], request_id: 0, shop_ids: [0], spi_app_id: 0, template_benefit_info: [TemplateBenefitInfoDTOShape], template_form_config: TemplateFormConfigShape, template_id: 0, template_style_info: TemplateStyleInfoDTOShape, write_off_type: 0 }),
  () => ({ template_id: 0 }),
);
