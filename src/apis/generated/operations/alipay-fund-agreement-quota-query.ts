// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.agreement.quota.query` (POST /v3/alipay/fund/agreement/quota/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAgreementQuotaQueryRequest = { biz_scene: '…', product_code: '…' };
 * ```
 */
export interface AlipayFundAgreementQuotaQueryRequest {
  agreement_no_list?: string[];
  biz_scene?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.agreement.quota.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAgreementQuotaQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAgreementQuotaQueryResult {
  quota_query_response_list?: QuotaQueryResponse[];
}

/**
 * The error codes of `alipay.fund.agreement.quota.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAgreementQuotaQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayFundAgreementQuotaQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "PRODUCT_NOT_SIGN" | "NOT_SUPPORT_PRODUCT_SCENE";

/**
 * `AccountQuotaDetail`, a model of Alipay's v3 description (in `alipay.fund.agreement.quota.query`).
 *
 * @example
 * ```ts
 * const value: AccountQuotaDetail = { quota_amount: 1, quota_dimension: '…' };
 * ```
 */
export interface AccountQuotaDetail {
  quota_amount?: number;
  quota_dimension?: string;
  role?: string;
}
const AccountQuotaDetailShape = (): object => ({ quota_amount: 1, quota_dimension: 0, role: 0 });

/**
 * `QuotaQueryResponse`, a model of Alipay's v3 description (in `alipay.fund.agreement.quota.query`).
 *
 * @example
 * ```ts
 * const value: QuotaQueryResponse = { agreement_no: '…', error_code: '…' };
 * ```
 */
export interface QuotaQueryResponse {
  agreement_no?: string;
  error_code?: string;
  fail_reason?: string;
  quota_details?: AccountQuotaDetail;
  success?: string;
}
const QuotaQueryResponseShape = (): object => ({ agreement_no: 0, error_code: 0, fail_reason: 0, quota_details: AccountQuotaDetailShape, success: 0 });

/**
 * `alipay.fund.agreement.quota.query`: POST /v3/alipay/fund/agreement/quota/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAgreementQuotaQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAgreementQuotaQuery, { biz_scene: '…', product_code: '…' });
 * ```
 */
export const alipayFundAgreementQuotaQuery: ApiDefinition<"alipay.fund.agreement.quota.query", AlipayFundAgreementQuotaQueryRequest, AlipayFundAgreementQuotaQueryResult, AlipayFundAgreementQuotaQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.agreement.quota.query",
  'POST',
  () => ({ agreement_no_list: [0], biz_scene: 0, product_code: 0 }),
  () => ({ quota_query_response_list: [QuotaQueryResponseShape] }),
);
