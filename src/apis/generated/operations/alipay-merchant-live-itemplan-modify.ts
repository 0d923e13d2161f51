// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.merchant.live.itemplan.modify` (POST /v3/alipay/merchant/live/itemplan/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMerchantLiveItemplanModifyRequest = { end_time: '…', op_type: '…' };
 * ```
 */
export interface AlipayMerchantLiveItemplanModifyRequest {
  content?: ItemPlanContentDO[];
  end_time?: string;
  op_type?: string;
  operator_appid?: string;
  operator_type?: string;
  plan_name?: string;
  start_time?: string;
  status?: number;
  target_id?: string;
  target_range?: string;
  target_type?: string;
}

/**
 * The result of `alipay.merchant.live.itemplan.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMerchantLiveItemplanModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMerchantLiveItemplanModifyResult {
  msg_info?: string;
}

/**
 * The error codes of `alipay.merchant.live.itemplan.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMerchantLiveItemplanModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMerchantLiveItemplanModifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER";

/**
 * `ItemPlanContentDO`, a model of Alipay's v3 description (in `alipay.merchant.live.itemplan.modify`).
 *
 * @example
 * ```ts
 * const value: ItemPlanContentDO = { type: '…' };
 * ```
 */
export interface ItemPlanContentDO {
  codes?: string[];
  type?: string;
}
const ItemPlanContentDOShape = (): object => ({ codes: [0], type: 0 });

/**
 * `alipay.merchant.live.itemplan.modify`: POST /v3/alipay/merchant/live/itemplan/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMerchantLiveItemplanModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMerchantLiveItemplanModify, { end_time: '…', op_type: '…' });
 * ```
 */
export const alipayMerchantLiveItemplanModify: ApiDefinition<"alipay.merchant.live.itemplan.modify", AlipayMerchantLiveItemplanModifyRequest, AlipayMerchantLiveItemplanModifyResult, AlipayMerchantLiveItemplanModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.merchant.live.itemplan.modify",
  'POST',
  () => ({ content: [ItemPlanContentDOShape], end_time: 0, op_type: 0, operator_appid: 0, operator_type: 0, plan_name: 0, start_time: 0, status: 1, target_id: 0, target_range: 0, target_type: 0 }),
  () => ({ msg_info: 0 }),
);
