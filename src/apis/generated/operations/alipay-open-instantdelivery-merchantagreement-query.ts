// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.instantdelivery.merchantagreement.query` (GET /v3/alipay/open/instantdelivery/merchantagreement/query: no fields).
 *
 * @example
 * ```ts
 * const request: AlipayOpenInstantdeliveryMerchantagreementQueryRequest = {};
 * ```
 */
export type AlipayOpenInstantdeliveryMerchantagreementQueryRequest = Record<string, never>;

/**
 * The result of `alipay.open.instantdelivery.merchantagreement.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenInstantdeliveryMerchantagreementQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantagreementQueryResult {
  agreement_detail?: AgreementDetail;
}

/**
 * The error codes of `alipay.open.instantdelivery.merchantagreement.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenInstantdeliveryMerchantagreementQueryErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayOpenInstantdeliveryMerchantagreementQueryErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR";

/**
 * `AgreementDetail`, a model of Alipay's v3 description (in `alipay.open.instantdelivery.merchantagreement.query`).
 *
 * @example
 * ```ts
 * const value: AgreementDetail = { agreement_no: '…', status: '…' };
 * ```
 */
export interface AgreementDetail {
  agreement_no?: string;
  status?: string;
}
const AgreementDetailShape = (): object => ({ agreement_no: 0, status: 0 });

/**
 * `alipay.open.instantdelivery.merchantagreement.query`: GET /v3/alipay/open/instantdelivery/merchantagreement/query over v3 (no fields); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenInstantdeliveryMerchantagreementQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenInstantdeliveryMerchantagreementQuery, {});
 * ```
 */
export const alipayOpenInstantdeliveryMerchantagreementQuery: ApiDefinition<"alipay.open.instantdelivery.merchantagreement.query", AlipayOpenInstantdeliveryMerchantagreementQueryRequest, AlipayOpenInstantdeliveryMerchantagreementQueryResult, AlipayOpenInstantdeliveryMerchantagreementQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.instantdelivery.merchantagreement.query",
  'GET',
  () => ({}),
  () => ({ agreement_detail: AgreementDetailShape }),
);
