// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type CardUserInfo, CardUserInfoShape } from '../models/CardUserInfo.ts';
import { type MerchantCard, MerchantCardShape } from '../models/MerchantCard.ts';
import { type PaidOuterCardExtraInfoDTO, PaidOuterCardExtraInfoDTOShape } from '../models/PaidOuterCardExtraInfoDTO.ts';

/**
 * The request of `alipay.marketing.card.open` (POST /v3/alipay/marketing/card/open: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardOpenRequest = { auth_token: '…', card_template_id: '…' };
 * ```
 */
export interface AlipayMarketingCardOpenRequest {
  /** The user's access token: a query parameter (v3), the `auth_token` parameter (v2). */
  auth_token?: string;
  card_ext_info?: MerchantCard;
  card_template_id?: string;
  card_user_info?: CardUserInfo;
  member_ext_info?: MerchantMenber;
  open_card_channel?: string;
  open_card_channel_id?: string;
  out_serial_no?: string;
  paid_outer_card_info?: PaidOuterCardExtraInfoDTO;
}

/**
 * The result of `alipay.marketing.card.open`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardOpenResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardOpenResult {
  card_info?: MerchantCard;
  open_card_channel?: string;
  open_card_channel_id?: string;
}

/**
 * The error codes of `alipay.marketing.card.open` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardOpenErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardOpenErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "TEMPLATE_NOT_EXIT" | "NO_CARD_TYPE" | "OPEN_CARD_NEED_OPENFORM" | "OPEN_CARD_CONCURRENTLY" | "USER_AUTH_FAIL" | "CARD_HAS_OPENED" | "PAID_OUTER_CARD_LACK_TEMPLATE_CONFIG";

/**
 * `MerchantMenber`, a model of Alipay's v3 description (in `alipay.marketing.card.open`).
 *
 * @example
 * ```ts
 * const value: MerchantMenber = { birth: '…', cell: '…' };
 * ```
 */
export interface MerchantMenber {
  birth?: string;
  cell?: string;
  gende?: string;
  name?: string;
}
const MerchantMenberShape = (): object => ({ birth: 0, cell: 0, gende: 0, name: 0 });

/**
 * `alipay.marketing.card.open`: POST /v3/alipay/marketing/card/open over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardOpen } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardOpen, { auth_token: '…', card_template_id: '…' });
 * ```
 */
export const alipayMarketingCardOpen: ApiDefinition<"alipay.marketing.card.open", AlipayMarketingCardOpenRequest, AlipayMarketingCardOpenResult, AlipayMarketingCardOpenErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.open",
  { verb: 'POST', query: ["auth_token"] },
  () => ({ auth_token: 0, card_ext_info: MerchantCardShape, card_template_id: 0, card_user_info: CardUserInfoShape, member_ext_info: MerchantMenberShape, open_card_channel: 0, open_card_channel_id: 0, out_serial_no: 0, paid_outer_card_info: PaidOuterCardExtraInfoDTOShape }),
  () => ({ card_info: MerchantCardShape, open_card_channel: 0, open_card_channel_id: 0 }),
);
