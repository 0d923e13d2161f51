// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type CardFrontTextDTO, CardFrontTextDTOShape } from './CardFrontTextDTO.ts';
import { type MdCodeInfoDTO, MdCodeInfoDTOShape } from './MdCodeInfoDTO.ts';

/**
 * `MerchantCard`, a model of Alipay's v3 description (in `alipay.marketing.card.consume.sync`, `alipay.marketing.card.open`, `alipay.marketing.card.query` and 1 more).
 *
 * @example
 * ```ts
 * const value: MerchantCard = { balance: '…', biz_card_no: '…' };
 * ```
 */
export interface MerchantCard {
  balance?: string;
  biz_card_no?: string;
  custom_assets?: string;
  external_card_no?: string;
  front_image_id?: string;
  front_text_list?: CardFrontTextDTO[];
  level?: string;
  mdcode_info?: MdCodeInfoDTO;
  open_date?: string;
  point?: string;
  template_id?: string;
  valid_date?: string;
}
export const MerchantCardShape = (): object => ({ balance: 0, biz_card_no: 0, custom_assets: 0, external_card_no: 0, front_image_id: 0, front_text_list: [CardFrontTextDTOShape], level: 0, mdcode_info: MdCodeInfoDTOShape, open_date: 0, point: 0, template_id: 0, valid_date: 0 });
