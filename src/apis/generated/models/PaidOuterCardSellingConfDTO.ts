// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type PaidOuterCardPriceDetailDTO, PaidOuterCardPriceDetailDTOShape } from './PaidOuterCardPriceDetailDTO.ts';

/**
 * `PaidOuterCardSellingConfDTO`, a model of Alipay's v3 description (in `alipay.marketing.card.template.create`, `alipay.marketing.card.template.modify`, `alipay.marketing.card.template.query`).
 *
 * @example
 * ```ts
 * const value: PaidOuterCardSellingConfDTO = { end_date: '…', selling_url: '…' };
 * ```
 */
export interface PaidOuterCardSellingConfDTO {
  end_date?: string;
  price_detail?: PaidOuterCardPriceDetailDTO[];
  selling_url?: string;
  start_date?: string;
}
export const PaidOuterCardSellingConfDTOShape = (): object => ({ end_date: 0, price_detail: [PaidOuterCardPriceDetailDTOShape], selling_url: 0, start_date: 0 });
