// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MerchantCard, MerchantCardShape } from '../models/MerchantCard.ts';
import { type PaidOuterCardExtraInfoDTO, PaidOuterCardExtraInfoDTOShape } from '../models/PaidOuterCardExtraInfoDTO.ts';

/**
 * The request of `alipay.marketing.card.update` (POST /v3/alipay/marketing/card/update: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardUpdateRequest = { ext_info: '…', occur_time: '…' };
 * ```
 */
export interface AlipayMarketingCardUpdateRequest {
  card_info?: MerchantCard;
  ext_info?: string;
  mcard_style_info?: McardStylInfo;
  merchant_card_msg_info?: MerchantCardMsgInfo;
  notify_messages?: McardNotifyMessage[];
  occur_time?: string;
  paid_outer_card_info?: PaidOuterCardExtraInfoDTO;
  target_card_no?: string;
  target_card_no_type?: string;
}

/**
 * The result of `alipay.marketing.card.update`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardUpdateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardUpdateResult {
  result_code?: string;
}

/**
 * The error codes of `alipay.marketing.card.update` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardUpdateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardUpdateErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "NO_CARD_TYPE" | "CARD_NOT_EXIT" | "PAIDOUTERCARD_LACK_TEMPLATE_CONFIG";

/**
 * `McardNotifyMessage`, a model of Alipay's v3 description (in `alipay.marketing.card.update`).
 *
 * @example
 * ```ts
 * const value: McardNotifyMessage = { change_reason: '…', ext_info: '…' };
 * ```
 */
export interface McardNotifyMessage {
  change_reason?: string;
  ext_info?: string;
  message_type?: string;
}
const McardNotifyMessageShape = (): object => ({ change_reason: 0, ext_info: 0, message_type: 0 });

/**
 * `McardStylInfo`, a model of Alipay's v3 description (in `alipay.marketing.card.update`).
 *
 * @example
 * ```ts
 * const value: McardStylInfo = { background_id: '…', bg_color: '…' };
 * ```
 */
export interface McardStylInfo {
  background_id?: string;
  bg_color?: string;
  logo_id?: string;
}
const McardStylInfoShape = (): object => ({ background_id: 0, bg_color: 0, logo_id: 0 });

/**
 * `MerchantCardMsgInfo`, a model of Alipay's v3 description (in `alipay.marketing.card.update`).
 *
 * @example
 * ```ts
 * const value: MerchantCardMsgInfo = { changed_point: '…' };
 * ```
 */
export interface MerchantCardMsgInfo {
  changed_point?: string;
}
const MerchantCardMsgInfoShape = (): object => ({ changed_point: 0 });

/**
 * `alipay.marketing.card.update`: POST /v3/alipay/marketing/card/update over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardUpdate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardUpdate, { ext_info: '…', occur_time: '…' });
 * ```
 */
export const alipayMarketingCardUpdate: ApiDefinition<"alipay.marketing.card.update", AlipayMarketingCardUpdateRequest, AlipayMarketingCardUpdateResult, AlipayMarketingCardUpdateErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.update",
  'POST',
  () => ({ card_info: MerchantCardShape, ext_info: 0, mcard_style_info: McardStylInfoShape, merchant_card_msg_info: MerchantCardMsgInfoShape, notify_messages: [McardNotifyMessageShape], occur_time: 0, paid_outer_card_info: PaidOuterCardExtraInfoDTOShape, target_card_no: 0, target_card_no_type: 0 }),
  () => ({ result_code: 0 }),
);
