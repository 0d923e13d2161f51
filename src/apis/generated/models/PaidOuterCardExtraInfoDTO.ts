// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type PaidOuterCardCycleInfoDTO, PaidOuterCardCycleInfoDTOShape } from './PaidOuterCardCycleInfoDTO.ts';
import { type PaidOuterCardPurchaseInfoDTO, PaidOuterCardPurchaseInfoDTOShape } from './PaidOuterCardPurchaseInfoDTO.ts';

/**
 * `PaidOuterCardExtraInfoDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.open`, `alipay.marketing.card.query`, `alipay.marketing.card.update`).
 *
 * @example
 * ```ts
 * const value: PaidOuterCardExtraInfoDTO = { action: '…' };
 * ```
 */
export interface PaidOuterCardExtraInfoDTO {
  action?: string;
  cycle_info?: PaidOuterCardCycleInfoDTO;
  purchase_info?: PaidOuterCardPurchaseInfoDTO;
}
export const PaidOuterCardExtraInfoDTOShape = (): object => ({ action: 0, cycle_info: PaidOuterCardCycleInfoDTOShape, purchase_info: PaidOuterCardPurchaseInfoDTOShape });
