// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.user.twostage.indirect.use` (POST /v3/alipay/user/twostage/indirect/use: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayUserTwostageIndirectUseRequest = { dynamic_id: '…', org_pid: '…' };
 * ```
 */
export interface AlipayUserTwostageIndirectUseRequest {
  dynamic_id?: string;
  org_pid?: string;
  pay_smid?: string;
  sence_no?: string;
  source_pid?: string;
}

/**
 * The result of `alipay.user.twostage.indirect.use`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayUserTwostageIndirectUseResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayUserTwostageIndirectUseResult {
  user_id?: string;
}

/**
 * The error codes of `alipay.user.twostage.indirect.use` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayUserTwostageIndirectUseErrorCode = "INPUT_ILLEGAL";
 * ```
 */
export type AlipayUserTwostageIndirectUseErrorCode = "INPUT_ILLEGAL" | "DECODE_FAILED" | "INDEX_NOT_EXIST" | "SYSTEM_ERROR" | "ILLEGAL_CODE" | "CODE_EXPIRED" | "USER_UN_AUTH" | "SENCENO_UN_MATCH" | "CASCADE_RALATION_UN_MATCH" | "SMID_UN_MATCH";

/**
 * `alipay.user.twostage.indirect.use`: POST /v3/alipay/user/twostage/indirect/use over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayUserTwostageIndirectUse } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayUserTwostageIndirectUse, { dynamic_id: '…', org_pid: '…' });
 * ```
 */
export const alipayUserTwostageIndirectUse: ApiDefinition<"alipay.user.twostage.indirect.use", AlipayUserTwostageIndirectUseRequest, AlipayUserTwostageIndirectUseResult, AlipayUserTwostageIndirectUseErrorCode> = /* @__PURE__ */ operation(
  "alipay.user.twostage.indirect.use",
  'POST',
  () => ({ dynamic_id: 0, org_pid: 0, pay_smid: 0, sence_no: 0, source_pid: 0 }),
  () => ({ user_id: 0 }),
);
