// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.mini.individual.business.certify` (POST /v3/alipay/open/mini/individual/business/certify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenMiniIndividualBusinessCertifyRequest = { license_no: '…', license_pic: '…' };
 * ```
 */
export interface AlipayOpenMiniIndividualBusinessCertifyRequest {
  license_no?: string;
  license_pic?: string;
}

/**
 * The result of `alipay.open.mini.individual.business.certify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenMiniIndividualBusinessCertifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenMiniIndividualBusinessCertifyResult {
  certify_result?: boolean;
}

/**
 * The error codes of `alipay.open.mini.individual.business.certify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenMiniIndividualBusinessCertifyErrorCode = "NOT_PRIVATE";
 * ```
 */
export type AlipayOpenMiniIndividualBusinessCertifyErrorCode = "NOT_PRIVATE" | "INVALID_PARAMS" | "DUPLICATED_CERTIFY" | "SYSTEM_ERROR" | "PRIVATE_NOT_CERTIFY" | "BIZ_ERROR" | "INVALID_PARAMETER" | "USER_NOT_EXIST";

/**
 * `alipay.open.mini.individual.business.certify`: POST /v3/alipay/open/mini/individual/business/certify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenMiniIndividualBusinessCertify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenMiniIndividualBusinessCertify, { license_no: '…', license_pic: '…' });
 * ```
 */
export const alipayOpenMiniIndividualBusinessCertify: ApiDefinition<"alipay.open.mini.individual.business.certify", AlipayOpenMiniIndividualBusinessCertifyRequest, AlipayOpenMiniIndividualBusinessCertifyResult, AlipayOpenMiniIndividualBusinessCertifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.mini.individual.business.certify",
  'POST',
  () => ({ license_no: 0, license_pic: 0 }),
  () => ({ certify_result: 2 }),
);
