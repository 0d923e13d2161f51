// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type MerchantCard, MerchantCardShape } from '../models/MerchantCard.ts';

/**
 * The request of `alipay.marketing.card.consume.sync` (POST /v3/alipay/marketing/card/consume/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingCardConsumeSyncRequest = { act_pay_amount: '…', memo: '…' };
 * ```
 */
export interface AlipayMarketingCardConsumeSyncRequest {
  act_pay_amount?: string;
  card_info?: MerchantCard;
  gain_benefit_list?: BenefitInfoDetail[];
  memo?: string;
  shop_code?: string;
  swipe_cert_type?: string;
  target_card_no?: string;
  target_card_no_type?: string;
  trade_amount?: string;
  trade_name?: string;
  trade_no?: string;
  trade_time?: string;
  trade_type?: string;
  use_benefit_list?: BenefitInfoDetail[];
}

/**
 * The result of `alipay.marketing.card.consume.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingCardConsumeSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingCardConsumeSyncResult {
  external_card_no?: string;
}

/**
 * The error codes of `alipay.marketing.card.consume.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingCardConsumeSyncErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingCardConsumeSyncErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "CARD_NOT_EXIT" | "NO_CARD_TYPE";

/**
 * `BenefitInfoDetail`, a model of Alipay's v3 description (in `alipay.marketing.card.consume.sync`).
 *
 * @example
 * ```ts
 * const value: BenefitInfoDetail = { amount: '…', benefit_type: '…' };
 * ```
 */
export interface BenefitInfoDetail {
  amount?: string;
  benefit_type?: string;
  count?: string;
  description?: string;
}
const BenefitInfoDetailShape = (): object => ({ amount: 0, benefit_type: 0, count: 0, description: 0 });

/**
 * `alipay.marketing.card.consume.sync`: POST /v3/alipay/marketing/card/consume/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingCardConsumeSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingCardConsumeSync, { act_pay_amount: '…', memo: '…' });
 * ```
 */
export const alipayMarketingCardConsumeSync: ApiDefinition<"alipay.marketing.card.consume.sync", AlipayMarketingCardConsumeSyncRequest, AlipayMarketingCardConsumeSyncResult, AlipayMarketingCardConsumeSyncErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.card.consume.sync",
  'POST',
  () => ({ act_pay_amount: 0, card_info: MerchantCardShape, gain_benefit_list: [BenefitInfoDetailShape], memo: 0, shop_code: 0, swipe_cert_type: 0, target_card_no: 0, target_card_no_type: 0, trade_amount: 0, trade_name: 0, trade_no: 0, trade_time: 0, trade_type: 0, use_benefit_list: [BenefitInfoDetailShape] }),
  () => ({ external_card_no: 0 }),
);
