// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.apprecommend.account.delete` (DELETE /v3/ant/merchant/expand/apprecommend/account/delete: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandApprecommendAccountDeleteRequest = { app_no: "2021000155639069", acc_no: "20880019****4501" };
 * ```
 */
export interface AntMerchantExpandApprecommendAccountDeleteRequest {
  /** A query parameter (v3). */
  app_no?: string;
  /** A query parameter (v3). */
  acc_no?: string;
}

/**
 * The result of `ant.merchant.expand.apprecommend.account.delete`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandApprecommendAccountDeleteResult) {
 *   return result;
 * }
 * ```
 */
export type AntMerchantExpandApprecommendAccountDeleteResult = Record<string, never>;

/**
 * The error codes of `ant.merchant.expand.apprecommend.account.delete` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandApprecommendAccountDeleteErrorCode = "MER_ARGUMENT_NULL";
 * ```
 */
export type AntMerchantExpandApprecommendAccountDeleteErrorCode = "MER_ARGUMENT_NULL" | "APP_ID_NOT_EXIST" | "APP_OWNER_ERROR" | "ACCOUNT_NOT_EXIST" | "ACCOUNT_RECOMMEND_NOT_EXIST" | "SYSTEM_ERROR" | "THIRD_SYSTEM_ERROR";

/**
 * `ant.merchant.expand.apprecommend.account.delete`: DELETE /v3/ant/merchant/expand/apprecommend/account/delete over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandApprecommendAccountDelete } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandApprecommendAccountDelete, { app_no: "2021000155639069", acc_no: "20880019****4501" });
 * ```
 */
export const antMerchantExpandApprecommendAccountDelete: ApiDefinition<"ant.merchant.expand.apprecommend.account.delete", AntMerchantExpandApprecommendAccountDeleteRequest, AntMerchantExpandApprecommendAccountDeleteResult, AntMerchantExpandApprecommendAccountDeleteErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.apprecommend.account.delete",
  { verb: 'DELETE', query: ["app_no", "acc_no"] },
  () => ({ app_no: 0, acc_no: 0 }),
  () => ({}),
);
