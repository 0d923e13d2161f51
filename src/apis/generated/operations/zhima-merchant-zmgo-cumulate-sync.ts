// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zhima.merchant.zmgo.cumulate.sync` (POST /v3/zhima/merchant/zmgo/cumulate/sync: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZhimaMerchantZmgoCumulateSyncRequest = { agreement_id: '…', biz_action: '…' };
 * ```
 */
export interface ZhimaMerchantZmgoCumulateSyncRequest {
  agreement_id?: string;
  amount_type_sync_data?: AmountTypeSyncData;
  biz_action?: string;
  biz_time?: string;
  data_type?: string;
  discount_type_sync_data?: DiscountTypeSyncData;
  open_id?: string;
  out_biz_no?: string;
  provider_pid?: string;
  refer_out_biz_no?: string;
  sub_biz_action?: string;
  times_type_sync_data?: TimesTypeSyncData;
  user_id?: string;
}

/**
 * The result of `zhima.merchant.zmgo.cumulate.sync`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZhimaMerchantZmgoCumulateSyncResult) {
 *   return result;
 * }
 * ```
 */
export interface ZhimaMerchantZmgoCumulateSyncResult {
  agreement_id?: string;
  fail_reason?: string;
  out_biz_no?: string;
}

/**
 * The error codes of `zhima.merchant.zmgo.cumulate.sync` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZhimaMerchantZmgoCumulateSyncErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type ZhimaMerchantZmgoCumulateSyncErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "AGREEMENT_STATUS_INVALID" | "IDEMPOTENT_ERROR";

/**
 * `AmountTypeSyncData`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.cumulate.sync`).
 *
 * @example
 * ```ts
 * const value: AmountTypeSyncData = { discount_amount: '…', discount_desc: '…' };
 * ```
 */
export interface AmountTypeSyncData {
  discount_amount?: string;
  discount_desc?: string;
  has_alipay_trade?: boolean;
  task_amount?: string;
  task_desc?: string;
  trade_no?: string;
}
const AmountTypeSyncDataShape = (): object => ({ discount_amount: 0, discount_desc: 0, has_alipay_trade: 2, task_amount: 0, task_desc: 0, trade_no: 0 });

/**
 * `DiscountTypeSyncData`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.cumulate.sync`).
 *
 * @example
 * ```ts
 * const value: DiscountTypeSyncData = { discount_amount: '…', discount_desc: '…' };
 * ```
 */
export interface DiscountTypeSyncData {
  discount_amount?: string;
  discount_desc?: string;
}
const DiscountTypeSyncDataShape = (): object => ({ discount_amount: 0, discount_desc: 0 });

/**
 * `TimesTypeSyncData`, a model of Alipay's v3 description (in `zhima.merchant.zmgo.cumulate.sync`).
 *
 * @example
 * ```ts
 * const value: TimesTypeSyncData = { discount_amount: '…', discount_desc: '…' };
 * ```
 */
export interface TimesTypeSyncData {
  discount_amount?: string;
  discount_desc?: string;
  task_amount?: string;
  task_desc?: string;
  task_times?: number;
}
const TimesTypeSyncDataShape = (): object => ({ discount_amount: 0, discount_desc: 0, task_amount: 0, task_desc: 0, task_times: 1 });

/**
 * `zhima.merchant.zmgo.cumulate.sync`: POST /v3/zhima/merchant/zmgo/cumulate/sync over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zhimaMerchantZmgoCumulateSync } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zhimaMerchantZmgoCumulateSync, { agreement_id: '…', biz_action: '…' });
 * ```
 */
export const zhimaMerchantZmgoCumulateSync: ApiDefinition<"zhima.merchant.zmgo.cumulate.sync", ZhimaMerchantZmgoCumulateSyncRequest, ZhimaMerchantZmgoCumulateSyncResult, ZhimaMerchantZmgoCumulateSyncErrorCode> = /* @__PURE__ */ operation(
  "zhima.merchant.zmgo.cumulate.sync",
  'POST',
  () => ({ agreement_id: 0, amount_type_sync_data: AmountTypeSyncDataShape, biz_action: 0, biz_time: 0, data_type: 0, discount_type_sync_data: DiscountTypeSyncDataShape, open_id: 0, out_biz_no: 0, provider_pid: 0, refer_out_biz_no: 0, sub_biz_action: 0, times_type_sync_data: TimesTypeSyncDataShape, user_id: 0 }),
  () => ({ agreement_id: 0, fail_reason: 0, out_biz_no: 0 }),
);
