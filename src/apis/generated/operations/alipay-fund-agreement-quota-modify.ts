// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.agreement.quota.modify` (POST /v3/alipay/fund/agreement/quota/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAgreementQuotaModifyRequest = { biz_scene: '…', product_code: '…' };
 * ```
 */
export interface AlipayFundAgreementQuotaModifyRequest {
  agreement_quota_modify_list?: AgreementQuotaModifyList[];
  biz_scene?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.agreement.quota.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAgreementQuotaModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAgreementQuotaModifyResult {
  quota_modify_detail_list?: QuotaModifyDetail[];
}

/**
 * The error codes of `alipay.fund.agreement.quota.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAgreementQuotaModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayFundAgreementQuotaModifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "PRODUCT_NOT_SIGN" | "NOT_SUPPORT_PRODUCT_SCENE" | "NOT_SUPPORT_QUOTA_ROLE";

/**
 * `AgreementQuotaModifyList`, a model of Alipay's v3 description (in `alipay.fund.agreement.quota.modify`).
 *
 * @example
 * ```ts
 * const value: AgreementQuotaModifyList = { agreement_no: '…' };
 * ```
 */
export interface AgreementQuotaModifyList {
  agreement_no?: string;
  quota_details?: ModifyQuotaDetails[];
}
const AgreementQuotaModifyListShape = (): object => ({ agreement_no: 0, quota_details: [ModifyQuotaDetailsShape] });

/**
 * `ModifyQuotaDetails`, a model of Alipay's v3 description (in `alipay.fund.agreement.quota.modify`).
 *
 * @example
 * ```ts
 * const value: ModifyQuotaDetails = { quota_amount: '…', quota_dimension: '…' };
 * ```
 */
export interface ModifyQuotaDetails {
  quota_amount?: string;
  quota_dimension?: string;
  role?: string;
}
const ModifyQuotaDetailsShape = (): object => ({ quota_amount: 0, quota_dimension: 0, role: 0 });

/**
 * `QuotaModifyDetail`, a model of Alipay's v3 description (in `alipay.fund.agreement.quota.modify`).
 *
 * @example
 * ```ts
 * const value: QuotaModifyDetail = { agreement_no: '…', error_code: '…' };
 * ```
 */
export interface QuotaModifyDetail {
  agreement_no?: string;
  error_code?: string;
  fail_reason?: string;
  success?: boolean;
}
const QuotaModifyDetailShape = (): object => ({ agreement_no: 0, error_code: 0, fail_reason: 0, success: 2 });

/**
 * `alipay.fund.agreement.quota.modify`: POST /v3/alipay/fund/agreement/quota/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAgreementQuotaModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAgreementQuotaModify, { biz_scene: '…', product_code: '…' });
 * ```
 */
export const alipayFundAgreementQuotaModify: ApiDefinition<"alipay.fund.agreement.quota.modify", AlipayFundAgreementQuotaModifyRequest, AlipayFundAgreementQuotaModifyResult, AlipayFundAgreementQuotaModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.agreement.quota.modify",
  'POST',
  () => ({ agreement_quota_modify_list: [AgreementQuotaModifyListShape], biz_scene: 0, product_code: 0 }),
  () => ({ quota_modify_detail_list: [QuotaModifyDetailShape] }),
);
