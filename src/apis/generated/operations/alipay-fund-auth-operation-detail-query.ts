// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.auth.operation.detail.query` (POST /v3/alipay/fund/auth/operation/detail/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundAuthOperationDetailQueryRequest = { auth_no: '…', operation_id: '…' };
 * ```
 */
export interface AlipayFundAuthOperationDetailQueryRequest {
  auth_no?: string;
  operation_id?: string;
  operation_type?: string;
  out_order_no?: string;
  out_request_no?: string;
  query_options?: string[];
}

/**
 * The result of `alipay.fund.auth.operation.detail.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundAuthOperationDetailQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundAuthOperationDetailQueryResult {
  amount?: string;
  auth_no?: string;
  credit_amount?: string;
  credit_merchant_ext?: string;
  credit_risk_info?: CreditRiskInfo;
  enterprise_pay_info?: string;
  extra_param?: string;
  fund_amount?: string;
  gmt_create?: string;
  gmt_trans?: string;
  operation_id?: string;
  operation_type?: string;
  order_status?: string;
  order_title?: string;
  out_order_no?: string;
  out_request_no?: string;
  payer_logon_id?: string;
  payer_open_id?: string;
  payer_user_id?: string;
  pre_auth_type?: string;
  remark?: string;
  rest_amount?: string;
  rest_credit_amount?: string;
  rest_fund_amount?: string;
  status?: string;
  total_freeze_amount?: string;
  total_freeze_credit_amount?: string;
  total_freeze_fund_amount?: string;
  total_pay_amount?: string;
  total_pay_credit_amount?: string;
  total_pay_fund_amount?: string;
  trans_currency?: string;
}

/**
 * The error codes of `alipay.fund.auth.operation.detail.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundAuthOperationDetailQueryErrorCode = "ILLEGAL_ARGUMENT";
 * ```
 */
export type AlipayFundAuthOperationDetailQueryErrorCode = "ILLEGAL_ARGUMENT" | "AUTH_ORDER_NOT_EXIST" | "AUTH_OPERATION_NOT_EXIST" | "ACCESS_FORBIDDEN" | "SYSTEM_ERROR" | "ENTERPRISE_PAY_BIZ_ERROR" | "HAS_NO_PRIVILEGE";

/**
 * `CreditRiskInfo`, a model of Alipay's v3 description (in `alipay.fund.auth.operation.detail.query`).
 *
 * @example
 * ```ts
 * const value: CreditRiskInfo = { can_retry: true, code: '…' };
 * ```
 */
export interface CreditRiskInfo {
  can_retry?: boolean;
  code?: string;
  data?: string;
}
const CreditRiskInfoShape = (): object => ({ can_retry: 2, code: 0, data: 0 });

/**
 * `alipay.fund.auth.operation.detail.query`: POST /v3/alipay/fund/auth/operation/detail/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundAuthOperationDetailQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundAuthOperationDetailQuery, { auth_no: '…', operation_id: '…' });
 * ```
 */
export const alipayFundAuthOperationDetailQuery: ApiDefinition<"alipay.fund.auth.operation.detail.query", AlipayFundAuthOperationDetailQueryRequest, AlipayFundAuthOperationDetailQueryResult, AlipayFundAuthOperationDetailQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.auth.operation.detail.query",
  'POST',
  () => ({ auth_no: 0, operation_id: 0, operation_type: 0, out_order_no: 0, out_request_no: 0, query_options: [0] }),
  () => ({ amount: 0, auth_no: 0, credit_amount: 0, credit_merchant_ext: 0, credit_risk_info: CreditRiskInfoShape, enterprise_pay_info: 0, extra_param: 0, fund_amount: 0, gmt_create: 0, gmt_trans: 0, operation_id: 0, operation_type: 0, order_status: 0, order_title: 0, out_order_no: 0, out_request_no: 0, payer_logon_id: 0, payer_open_id: 0, payer_user_id: 0, pre_auth_type: 0, remark: 0, rest_amount: 0, rest_credit_amount: 0, rest_fund_amount: 0, status: 0, total_freeze_amount: 0, total_freeze_credit_amount: 0, total_freeze_fund_amount: 0, total_pay_amount: 0, total_pay_credit_amount: 0, total_pay_fund_amount: 0, trans_currency: 0 }),
);
