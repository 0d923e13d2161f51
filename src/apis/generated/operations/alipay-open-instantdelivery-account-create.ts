// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type LogisticsAccountStatusDTO, LogisticsAccountStatusDTOShape } from '../models/LogisticsAccountStatusDTO.ts';

/**
 * The request of `alipay.open.instantdelivery.account.create` (POST /v3/alipay/open/instantdelivery/account/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenInstantdeliveryAccountCreateRequest = { out_biz_no: '…' };
 * ```
 */
export interface AlipayOpenInstantdeliveryAccountCreateRequest {
  logistics_codes?: string[];
  out_biz_no?: string;
}

/**
 * The result of `alipay.open.instantdelivery.account.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenInstantdeliveryAccountCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenInstantdeliveryAccountCreateResult {
  logistics_account_status?: LogisticsAccountStatusDTO[];
}

/**
 * The error codes of `alipay.open.instantdelivery.account.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenInstantdeliveryAccountCreateErrorCode = "UNKNOWN_EXCEPTION";
 * ```
 */
export type AlipayOpenInstantdeliveryAccountCreateErrorCode = "UNKNOWN_EXCEPTION" | "INVALID_PARAMETER" | "RESULT_IS_NOT_EXPECTED" | "SYSTEM_ERROR";

/**
 * `alipay.open.instantdelivery.account.create`: POST /v3/alipay/open/instantdelivery/account/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenInstantdeliveryAccountCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenInstantdeliveryAccountCreate, { out_biz_no: '…' });
 * ```
 */
export const alipayOpenInstantdeliveryAccountCreate: ApiDefinition<"alipay.open.instantdelivery.account.create", AlipayOpenInstantdeliveryAccountCreateRequest, AlipayOpenInstantdeliveryAccountCreateResult, AlipayOpenInstantdeliveryAccountCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.instantdelivery.account.create",
  'POST',
  () => ({ logistics_codes: [0], out_biz_no: 0 }),
  () => ({ logistics_account_status: [LogisticsAccountStatusDTOShape] }),
);
