// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.alipaypoint.send` (POST /v3/alipay/user/alipaypoint/send: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserAlipaypointSendRequest = { budget_code: '…', memo: '…' };
 * ```
 */
export interface AlipayUserAlipaypointSendRequest {
  budget_code?: string;
  memo?: string;
  open_id?: string;
  partner_biz_no?: string;
  point_amount?: number;
  user_account?: string;
  user_id?: string;
}

/**
 * The result of `alipay.user.alipaypoint.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserAlipaypointSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserAlipaypointSendResult {
  record_id?: string;
  transaction_id?: string;
}

/**
 * The error codes of `alipay.user.alipaypoint.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserAlipaypointSendErrorCode = "DEPOSIT_CONTRACT_DISABLE";
 * ```
 */
export type AlipayUserAlipaypointSendErrorCode = "DEPOSIT_CONTRACT_DISABLE" | "SYSTEM_ERROR" | "BIZ_ERROR" | "USER_NOT_EXIST" | "BUDGET_ABNORMAL" | "BUDGET_NOT_EXIST" | "BUDGET_DISABLED" | "SEND_RESULT_UNKNOWN" | "MEMO_INFO_ILLEGAL" | "IDEMPOTENT_SUCCESS" | "PARAM_ILLEGAL" | "SECURITY_RISK_EXIST" | "BUDGET_NOT_ENOUGH" | "POINT_AMOUNT_INCONSISTENT" | "IDEMPOTENT_PARAM_ILLEGAL" | "BUDGET_USE_CHANNEL_DISABLE";

/**
 * `alipay.user.alipaypoint.send`: POST /v3/alipay/user/alipaypoint/send over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserAlipaypointSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserAlipaypointSend, { budget_code: '…', memo: '…' });
 * ```
 */
export const alipayUserAlipaypointSend: ApiDefinition<"alipay.user.alipaypoint.send", AlipayUserAlipaypointSendRequest, AlipayUserAlipaypointSendResult, AlipayUserAlipaypointSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.alipaypoint.send",
  'POST',
  () => ({ budget_code: 0, memo: 0, open_id: 0, partner_biz_no: 0, point_amount: 1, user_account: 0, user_id: 0 }),
  () => ({ record_id: 0, transaction_id: 0 }),
);
