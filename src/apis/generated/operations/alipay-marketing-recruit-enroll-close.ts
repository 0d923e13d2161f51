// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.marketing.recruit.enroll.close` (POST /v3/alipay/marketing/recruit/enroll/close: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayMarketingRecruitEnrollCloseRequest = { enroll_id: '…' };
 * ```
 */
export interface AlipayMarketingRecruitEnrollCloseRequest {
  enroll_id?: string;
}

/**
 * The result of `alipay.marketing.recruit.enroll.close`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayMarketingRecruitEnrollCloseResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayMarketingRecruitEnrollCloseResult = Record<string, never>;

/**
 * The error codes of `alipay.marketing.recruit.enroll.close` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayMarketingRecruitEnrollCloseErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayMarketingRecruitEnrollCloseErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "BIZ_ERROR" | "PROHIBIT_NEW_DEVELOPER_CALL" | "ONLY_NEW_INTERFACE_SUPPORT";

/**
 * `alipay.marketing.recruit.enroll.close`: POST /v3/alipay/marketing/recruit/enroll/close over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayMarketingRecruitEnrollClose } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayMarketingRecruitEnrollClose, { enroll_id: '…' });
 * ```
 */
export const alipayMarketingRecruitEnrollClose: ApiDefinition<"alipay.marketing.recruit.enroll.close", AlipayMarketingRecruitEnrollCloseRequest, AlipayMarketingRecruitEnrollCloseResult, AlipayMarketingRecruitEnrollCloseErrorCode> = /* @__PURE__ */ operation(
  "alipay.marketing.recruit.enroll.close",
  'POST',
  () => ({ enroll_id: 0 }),
  () => ({}),
);
