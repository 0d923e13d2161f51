// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.activity.consult` (POST /v3/alipay/marketing/activity/consult: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingActivityConsultRequest = { merchant_access_mode: '…', merchant_id: '…' };
 * ```
 */
export interface AlipayMarketingActivityConsultRequest {
  consult_activity_info_list?: ConsultActivityInfo[];
  merchant_access_mode?: string;
  merchant_id?: string;
  open_id?: string;
  user_id?: string;
}

/**
 * The result of `alipay.marketing.activity.consult`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingActivityConsultResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayMarketingActivityConsultResult {
  consult_result_info_list?: ConsultActivityResultInfo[];
  open_id?: string;
  user_id?: string;
}

/**
 * The error codes of `alipay.marketing.activity.consult` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingActivityConsultErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayMarketingActivityConsultErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `ConsultActivityInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.consult`).
 *
 * @example
 * ```ts
 * const value: ConsultActivityInfo = { activity_id: '…' };
 * ```
 */
export interface ConsultActivityInfo {
  activity_id?: string;
}
const ConsultActivityInfoShape = (): object => ({ activity_id: 0 });

/**
 * `ConsultActivityResultInfo`, a model of Alipay's v3 description (in `alipay.marketing.activity.consult`).
 *
 * @example
 * ```ts
 * const value: ConsultActivityResultInfo = { activity_id: '…', consult_result_code: '…' };
 * ```
 */
export interface ConsultActivityResultInfo {
  activity_id?: string;
  consult_result_code?: string;
}
const ConsultActivityResultInfoShape = (): object => ({ activity_id: 0, consult_result_code: 0 });

/**
 * `alipay.marketing.activity.consult`: POST /v3/alipay/marketing/activity/consult over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingActivityConsult } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingActivityConsult, { merchant_access_mode: '…', merchant_id: '…' });
 * ```
 */
export const alipayMarketingActivityConsult: ApiDefinition<"alipay.marketing.activity.consult", AlipayMarketingActivityConsultRequest, AlipayMarketingActivityConsultResult, AlipayMarketingActivityConsultErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.activity.consult",
  'POST',
  () => ({ consult_activity_info_list: [ConsultActivityInfoShape], merchant_access_mode: 0, merchant_id: 0, open_id: 0, user_id: 0 }),
  () => ({ consult_result_info_list: [ConsultActivityResultInfoShape], open_id: 0, user_id: 0 }),
);
