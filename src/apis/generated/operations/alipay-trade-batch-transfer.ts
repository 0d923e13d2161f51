// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type SubMerchant, SubMerchantShape } from '../models/SubMerchant.ts';

/**
 * The request of `alipay.trade.batch.transfer` (POST /v3/alipay/trade/batch/transfer: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayTradeBatchTransferRequest = { extend_params: '…', out_request_no: '…' };
 * ```
 */
export interface AlipayTradeBatchTransferRequest {
  extend_params?: string;
  out_request_no?: string;
  royalty_parameters?: RoyaltyDetailInfo[];
}

/**
 * The result of `alipay.trade.batch.transfer`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayTradeBatchTransferResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayTradeBatchTransferResult {
  gmt_create?: string;
  out_request_no?: string;
  result_code?: string;
  settle_no?: string;
}

/**
 * The error codes of `alipay.trade.batch.transfer` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayTradeBatchTransferErrorCode = "INVALID_PARAMETER";
 * ```
 */
export type AlipayTradeBatchTransferErrorCode = "INVALID_PARAMETER" | "SYSTEM_ERROR" | "REQUEST_ID_REPEAT" | "USER_BALANCE_NOT_ENOUGH" | "CARD_BIN_CHECKER_ERROR" | "DEFAULT_SETTLE_RULE_NOT_EXIST" | "INVALID_STORE_ID" | "SECONDARY_MERCHANT_ID_INVALID" | "SETTLE_ENTITY_ID_INVALID" | "SETTLE_ACCOUNT_NO_USER_INFO" | "SETTLE_ACCOUNT_NOT_EXIST" | "SETTLE_ACCOUNT_NOT_CERTIFY" | "SETTLE_ACCOUNT_NO_BALANCE" | "USER_LOGONID_DUP" | "SETTLE_ACCOUNT_INVALID" | "MERCHANT_RISK_LIMIT" | "OPENID_APPID_NOT_MATCH" | "FREQUENCY_LIMITED" | "NO_INVOKE_AUTH" | "SUB_MERCHANT_MERCHANT_NATURE_ERROR";

/**
 * `RoyaltyDetailInfo`, a model of Alipay's v3 description (in `alipay.trade.batch.transfer`).
 *
 * @example
 * ```ts
 * const value: RoyaltyDetailInfo = { amount: '…', desc: '…' };
 * ```
 */
export interface RoyaltyDetailInfo {
  amount?: string;
  desc?: string;
  scene?: string;
  trans_in_account_id?: string;
  trans_in_account_id_type?: string;
  trans_in_account_type?: string;
  trans_in_entity_biz_type?: string;
  trans_in_entity_id?: string;
  trans_in_entity_type?: string;
  trans_in_sub_merchant?: SubMerchant;
  trans_out_entity_biz_type?: string;
  trans_out_entity_id?: string;
  trans_out_entity_type?: string;
  trans_out_sub_merchant?: SubMerchant;
}
const RoyaltyDetailInfoShape = (): object => ({ amount: 0, desc: 0, scene: 0, trans_in_account_id: 0, trans_in_account_id_type: 0, trans_in_account_type: 0, trans_in_entity_biz_type: 0, trans_in_entity_id: 0, trans_in_entity_type: 0, trans_in_sub_merchant: SubMerchantShape, trans_out_entity_biz_type: 0, trans_out_entity_id: 0, trans_out_entity_type: 0, trans_out_sub_merchant: SubMerchantShape });

/**
 * `alipay.trade.batch.transfer`: POST /v3/alipay/trade/batch/transfer over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayTradeBatchTransfer } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayTradeBatchTransfer, { extend_params: '…', out_request_no: '…' });
 * ```
 */
export const alipayTradeBatchTransfer: ApiDefinition<"alipay.trade.batch.transfer", AlipayTradeBatchTransferRequest, AlipayTradeBatchTransferResult, AlipayTradeBatchTransferErrorCode> = /* @__PURE__ */ operation(
  "alipay.trade.batch.transfer",
  'POST',
  () => ({ extend_params: 0, out_request_no: 0, royalty_parameters: [RoyaltyDetailInfoShape] }),
  () => ({ gmt_create: 0, out_request_no: 0, result_code: 0, settle_no: 0 }),
);
