// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SubMerchant, SubMerchantShape } from '../models/SubMerchant.ts';

/**
 * The request of `alipay.trade.batch.settle` (POST /v3/alipay/trade/batch/settle: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeBatchSettleRequest = { biz_product: '…', extend_params: '…' };
 * ```
 */
export interface AlipayTradeBatchSettleRequest {
  biz_product?: string;
  extend_params?: string;
  out_request_no?: string;
  settle_clauses?: SettleClause[];
  settle_type?: string;
}

/**
 * The result of `alipay.trade.batch.settle`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeBatchSettleResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeBatchSettleResult {
  gmt_create?: string;
  out_request_no?: string;
  result_code?: string;
  settle_no?: string;
}

/**
 * The error codes of `alipay.trade.batch.settle` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeBatchSettleErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeBatchSettleErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "REQUEST_ID_REPEAT" | "USER_BALANCE_NOT_ENOUGH" | "CARD_BIN_CHECKER_ERROR" | "DEFAULT_SETTLE_RULE_NOT_EXIST" | "INVALID_STORE_ID" | "SECONDARY_MERCHANT_ID_INVALID" | "SETTLE_ENTITY_ID_INVALID" | "SETTLE_ACCOUNT_NO_USER_INFO" | "CREDIT_NOT_ALLOW" | "NO_SIGN_QUICK_SETTLEMENT" | "CUSTOMER_VALIDATE_ERROR" | "SETTLE_ACCOUNT_INVALID" | "USER_LOGONID_DUP" | "QUICK_SETTLEMENT_LEFT_CREDIT_QUOTA_NOT_ENOUGH" | "SETTLE_ACCOUNT_NOT_CERTIFY" | "SETTLE_ACCOUNT_NOT_EXIST" | "SETTLE_ACCOUNT_NO_BALANCE" | "RISK_SETTLE_SUSPEND" | "FREQUENCY_LIMITED" | "SUB_MERCHANT_BELONG_ERROR";

/**
 * `SettleClause`, a model of Alipay's v3 description (in `alipay.trade.batch.settle`).
 *
 * @example
 * ```ts
 * const value: SettleClause = { amount: '…', currency: '…' };
 * ```
 */
export interface SettleClause {
  amount?: string;
  currency?: string;
  settle_account_entity?: string;
  settle_account_id?: string;
  settle_account_id_type?: string;
  settle_account_type?: string;
  settle_entity_biz_type?: string;
  settle_entity_id?: string;
  settle_entity_type?: string;
  sub_merchant?: SubMerchant;
}
const SettleClauseShape = (): object => ({ amount: 0, currency: 0, settle_account_entity: 0, settle_account_id: 0, settle_account_id_type: 0, settle_account_type: 0, settle_entity_biz_type: 0, settle_entity_id: 0, settle_entity_type: 0, sub_merchant: SubMerchantShape });

/**
 * `alipay.trade.batch.settle`: POST /v3/alipay/trade/batch/settle over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeBatchSettle } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeBatchSettle, { biz_product: '…', extend_params: '…' });
 * ```
 */
export const alipayTradeBatchSettle: ApiDefinition<"alipay.trade.batch.settle", AlipayTradeBatchSettleRequest, AlipayTradeBatchSettleResult, AlipayTradeBatchSettleErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.batch.settle",
  'POST',
  () => ({ biz_product: 0, extend_params: 0, out_request_no: 0, settle_clauses: [SettleClauseShape], settle_type: 0 }),
  () => ({ gmt_create: 0, out_request_no: 0, result_code: 0, settle_no: 0 }),
);
