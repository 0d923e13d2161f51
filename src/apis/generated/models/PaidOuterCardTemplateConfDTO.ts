// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type PaidOuterCardCycleSellConfDTO, PaidOuterCardCycleSellConfDTOShape } from './PaidOuterCardCycleSellConfDTO.ts';
import { type PaidOuterCardManageUrlConfDTO, PaidOuterCardManageUrlConfDTOShape } from './PaidOuterCardManageUrlConfDTO.ts';
import { type PaidOuterCardSellingConfDTO, PaidOuterCardSellingConfDTOShape } from './PaidOuterCardSellingConfDTO.ts';

/**
 * `PaidOuterCardTemplateConfDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: PaidOuterCardTemplateConfDTO = {};
 * ```
 */
export interface PaidOuterCardTemplateConfDTO {
  cycle_selling_conf?: PaidOuterCardCycleSellConfDTO;
  manage_url_conf?: PaidOuterCardManageUrlConfDTO;
  open_selling_conf?: PaidOuterCardSellingConfDTO;
}
export const PaidOuterCardTemplateConfDTOShape = (): object => ({ cycle_selling_conf: PaidOuterCardCycleSellConfDTOShape, manage_url_conf: PaidOuterCardManageUrlConfDTOShape, open_selling_conf: PaidOuterCardSellingConfDTOShape });
