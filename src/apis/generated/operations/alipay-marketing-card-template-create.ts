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
 * The request of `alipay.marketing.card.template.create` (POST /v3/alipay/marketing/card/template/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardTemplateCreateRequest = { access_version: '…', biz_no_prefix: '…' };
 * ```
 */
export interface AlipayMarketingCardTemplateCreateRequest {
  access_version?: string;
  biz_no_prefix?: string;
  biz_no_suffix_len?: string;
  card_action_list?: TemplateActionInfoDTO[];
  card_level_conf?: TemplateCardLevelConfDTO[];
  card_spec_tag?: string;
  card_type?: string;
  column_info_list?: TemplateColumnInfoDTO[];
  field_rule_list?: TemplateFieldRuleDTO[];
  mdcode_notify_conf?: TemplateMdcodeNotifyConfDTO;
  notify_url?: string;
  open_card_conf?: TemplateOpenCardConfDTO;
  paid_outer_card_conf?: PaidOuterCardTemplateConfDTO;
  pub_channels?: PubChannelDTO[];
  request_id?: string;
  service_label_list?: string[];
  shop_ids?: string[];
  spi_app_id?: string;
  template_benefit_info?: TemplateBenefitInfoDTO[];
  template_form_config?: TemplateFormConfig;
  template_style_info?: TemplateStyleInfoDTO;
  write_off_type?: string;
}

/**
 * The result of `alipay.marketing.card.template.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardTemplateCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardTemplateCreateResult {
  template_id?: string;
}

/**
 * The error codes of `alipay.marketing.card.template.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardTemplateCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardTemplateCreateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "TEMPLATE_NOT_EXIT" | "NO_CARD_TYPE" | "TEMPLATE_OVER_LIMIT";

/**
 * `alipay.marketing.card.template.create`: POST /v3/alipay/marketing/card/template/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardTemplateCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardTemplateCreate, { access_version: '…', biz_no_prefix: '…' });
 * ```
 */
export const alipayMarketingCardTemplateCreate: ApiDefinition<"alipay.marketing.card.template.create", AlipayMarketingCardTemplateCreateRequest, AlipayMarketingCardTemplateCreateResult, AlipayMarketingCardTemplateCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.template.create",
  'POST',
  () => ({ access_version: 0, biz_no_prefix: 0, biz_no_suffix_len: 0, card_action_list: [TemplateActionInfoDTOShape], card_level_conf: [TemplateCardLevelConfDTOShape], card_spec_tag: 0, card_type: 0, column_info_list: [TemplateColumnInfoDTOShape], field_rule_list: [TemplateFieldRuleDTOShape], mdcode_notify_conf: TemplateMdcodeNotifyConfDTOShape, notify_url: 0, open_card_conf: TemplateOpenCardConfDTOShape, paid_outer_card_conf: PaidOuterCardTemplateConfDTOShape, pub_channels: [PubChannelDTOShape], request_id: 0, service_label_list: [0], shop_ids: [0], spi_app_id: 0, template_benefit_info: [TemplateBenefitInfoDTOShape], template_form_config: TemplateFormConfigShape, template_style_info: TemplateStyleInfoDTOShape, write_off_type: 0 }),
  () => ({ template_id: 0 }),
);
