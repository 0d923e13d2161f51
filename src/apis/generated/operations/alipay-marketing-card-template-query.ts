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
 * The request of `alipay.marketing.card.template.query` (GET /v3/alipay/marketing/card/template/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardTemplateQueryRequest = { template_id: "20160718000000001" };
 * ```
 */
export interface AlipayMarketingCardTemplateQueryRequest {
  /** A query parameter (v3). */
  template_id?: string;
}

/**
 * The result of `alipay.marketing.card.template.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardTemplateQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardTemplateQueryResult {
  access_version?: string;
  biz_no_prefix?: string;
  biz_no_suffix_len?: string;
  card_action_list?: TemplateActionInfoDTO[];
  card_level_confs?: TemplateCardLevelConfDTO[];
  card_spec_tag?: string;
  card_type?: string;
  column_info_list?: TemplateColumnInfoDTO[];
  field_rule_list?: TemplateFieldRuleDTO[];
  mdcode_notify_conf?: TemplateMdcodeNotifyConfDTO;
  open_card_conf?: TemplateOpenCardConfDTO;
  paid_outer_card_conf?: PaidOuterCardTemplateConfDTO;
  pub_channels?: PubChannelDTO[];
  service_label_list?: string[];
  shop_ids?: string[];
  spi_app_id?: string;
  template_benefit_info?: TemplateBenefitInfoDTO[];
  template_form_config?: TemplateFormConfig;
  template_style_info?: TemplateStyleInfoDTO;
}

/**
 * The error codes of `alipay.marketing.card.template.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardTemplateQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardTemplateQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "TEMPLATE_NOT_EXIT";

/**
 * `alipay.marketing.card.template.query`: GET /v3/alipay/marketing/card/template/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardTemplateQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardTemplateQuery, { template_id: "20160718000000001" });
 * ```
 */
export const alipayMarketingCardTemplateQuery: ApiDefinition<"alipay.marketing.card.template.query", AlipayMarketingCardTemplateQueryRequest, AlipayMarketingCardTemplateQueryResult, AlipayMarketingCardTemplateQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.template.query",
  { verb: 'GET', query: ["template_id"] },
  () => ({ template_id: 0 }),
  () => ({ access_version: 0, biz_no_prefix: 0, biz_no_suffix_len: 0, card_action_list: [TemplateActionInfoDTOShape], card_level_confs: [TemplateCardLevelConfDTOShape], card_spec_tag: 0, card_type: 0, column_info_list: [TemplateColumnInfoDTOShape], field_rule_list: [TemplateFieldRuleDTOShape], mdcode_notify_conf: TemplateMdcodeNotifyConfDTOShape, open_card_conf: TemplateOpenCardConfDTOShape, paid_outer_card_conf: PaidOuterCardTemplateConfDTOShape, pub_channels: [PubChannelDTOShape], service_label_list: [0], shop_ids: [0], spi_app_id: 0, template_benefit_info: [TemplateBenefitInfoDTOShape], template_form_config: TemplateFormConfigShape, template_style_info: TemplateStyleInfoDTOShape }),
);
