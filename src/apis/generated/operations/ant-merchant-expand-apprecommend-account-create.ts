// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.apprecommend.account.create` (POST /v3/ant/merchant/expand/apprecommend/account/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandApprecommendAccountCreateRequest = { acc_no: '…', app_no: '…' };
 * ```
 */
export interface AntMerchantExpandApprecommendAccountCreateRequest {
  acc_no?: string;
  app_no?: string;
}

/**
 * The result of `ant.merchant.expand.apprecommend.account.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandApprecommendAccountCreateResult) {
 *   return result;
 * }
 * ```
 */
export type AntMerchantExpandApprecommendAccountCreateResult = Record<string, never>;

/**
 * The error codes of `ant.merchant.expand.apprecommend.account.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandApprecommendAccountCreateErrorCode = "MER_ARGUMENT_NULL";
 * ```
 */
export type AntMerchantExpandApprecommendAccountCreateErrorCode = "MER_ARGUMENT_NULL" | "APP_ID_NOT_EXIST" | "APP_STATUS_IS_ILLEGAL" | "APP_OWNER_ERROR" | "ACCOUNT_AUTH_FAIL" | "ACCOUNT_RECOMMEND_DUPLICATE" | "ACCOUNT_NOT_EXIST" | "SYSTEM_ERROR" | "THIRD_SYSTEM_ERROR";

/**
 * `ant.merchant.expand.apprecommend.account.create`: POST /v3/ant/merchant/expand/apprecommend/account/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandApprecommendAccountCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandApprecommendAccountCreate, { acc_no: '…', app_no: '…' });
 * ```
 */
export const antMerchantExpandApprecommendAccountCreate: ApiDefinition<"ant.merchant.expand.apprecommend.account.create", AntMerchantExpandApprecommendAccountCreateRequest, AntMerchantExpandApprecommendAccountCreateResult, AntMerchantExpandApprecommendAccountCreateErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.apprecommend.account.create",
  'POST',
  () => ({ acc_no: 0, app_no: 0 }),
  () => ({}),
);
