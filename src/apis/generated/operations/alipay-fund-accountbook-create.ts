// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type ExtCardInfo, ExtCardInfoShape } from '../models/ExtCardInfo.ts';

/**
 * The request of `alipay.fund.accountbook.create` (POST /v3/alipay/fund/accountbook/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAccountbookCreateRequest = { ext_info: '…', merchant_user_id: '…' };
 * ```
 */
export interface AlipayFundAccountbookCreateRequest {
  ext_info?: string;
  merchant_user_id?: string;
  merchant_user_type?: string;
  scene_code?: string;
}

/**
 * The result of `alipay.fund.accountbook.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAccountbookCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAccountbookCreateResult {
  account_book_id?: string;
  ext_card_info?: ExtCardInfo;
}

/**
 * The error codes of `alipay.fund.accountbook.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAccountbookCreateErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayFundAccountbookCreateErrorCode = "INVALID_PARAMETER" | "USER_AGREEMENT_VERIFY_FAIL" | "OPEN_ACCOUNT_BOOK_ERROR" | "MERCHANT_PRODUCT_NOT_SIGN" | "USER_NOT_EXIST" | "PRODUCT_NOT_SIGN" | "SYSTEM_ERROR" | "AUTH_CODE_ERROR" | "AUTHOREE_IS_NOT_MATCH" | "EXPAND_INDIRECT_VERIFY_FAIL";

/**
 * `alipay.fund.accountbook.create`: POST /v3/alipay/fund/accountbook/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAccountbookCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAccountbookCreate, { ext_info: '…', merchant_user_id: '…' });
 * ```
 */
export const alipayFundAccountbookCreate: ApiDefinition<"alipay.fund.accountbook.create", AlipayFundAccountbookCreateRequest, AlipayFundAccountbookCreateResult, AlipayFundAccountbookCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.accountbook.create",
  'POST',
  () => ({ ext_info: 0, merchant_user_id: 0, merchant_user_type: 0, scene_code: 0 }),
  () => ({ account_book_id: 0, ext_card_info: ExtCardInfoShape }),
);
