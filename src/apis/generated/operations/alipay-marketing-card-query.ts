// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type CardUserInfo, CardUserInfoShape } from '../models/CardUserInfo.ts';
import { type MerchantCard, MerchantCardShape } from '../models/MerchantCard.ts';
import { type PaidOuterCardExtraInfoDTO, PaidOuterCardExtraInfoDTOShape } from '../models/PaidOuterCardExtraInfoDTO.ts';

/**
 * The request of `alipay.marketing.card.query` (POST /v3/alipay/marketing/card/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardQueryRequest = { ext_info: '…', target_card_no: '…' };
 * ```
 */
export interface AlipayMarketingCardQueryRequest {
  card_user_info?: CardUserInfo;
  ext_info?: string;
  target_card_no?: string;
  target_card_no_type?: string;
  template_id?: string;
}

/**
 * The result of `alipay.marketing.card.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardQueryResult {
  card_info?: MerchantCard;
  paid_outer_card_info?: PaidOuterCardExtraInfoDTO;
  pass_id?: string;
  schema_url?: string;
}

/**
 * The error codes of `alipay.marketing.card.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "CARD_NOT_EXIT" | "NO_CARD_TYPE";

/**
 * `alipay.marketing.card.query`: POST /v3/alipay/marketing/card/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardQuery, { ext_info: '…', target_card_no: '…' });
 * ```
 */
export const alipayMarketingCardQuery: ApiDefinition<"alipay.marketing.card.query", AlipayMarketingCardQueryRequest, AlipayMarketingCardQueryResult, AlipayMarketingCardQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.query",
  'POST',
  () => ({ card_user_info: CardUserInfoShape, ext_info: 0, target_card_no: 0, target_card_no_type: 0, template_id: 0 }),
  () => ({ card_info: MerchantCardShape, paid_outer_card_info: PaidOuterCardExtraInfoDTOShape, pass_id: 0, schema_url: 0 }),
);
