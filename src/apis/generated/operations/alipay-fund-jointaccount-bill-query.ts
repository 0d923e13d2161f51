// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.jointaccount.bill.query` (GET /v3/alipay/fund/jointaccount/bill/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountBillQueryRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" };
 * ```
 */
export interface AlipayFundJointaccountBillQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  page_num?: string;
  /** A query parameter (v3). */
  page_size?: string;
  /** A query parameter (v3). */
  user_id?: string;
  /** A query parameter (v3). */
  open_id?: string;
  /** A query parameter (v3). */
  start_date?: string;
  /** A query parameter (v3). */
  end_date?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
}

/**
 * The result of `alipay.fund.jointaccount.bill.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountBillQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountBillQueryResult {
  bill_list?: JointAccountBillDetailDTO[];
  biz_scene?: string;
  has_next_page?: boolean;
  page_num?: string;
  page_size?: string;
  product_code?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.bill.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountBillQueryErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountBillQueryErrorCode = "PRODUCT_NOT_SIGN" | "AGREEMENT_IS_INVALID" | "ILLEGAL_ARGUMENT" | "START_AFTER_END_DATE" | "SYSTEM_ERROR";

/**
 * `JointAccountBillDetailDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.bill.query`).
 *
 * @example
 * ```ts
 * const value: JointAccountBillDetailDTO = { account_id: '…', amount: '…' };
 * ```
 */
export interface JointAccountBillDetailDTO {
  account_id?: string;
  amount?: string;
  bill_no?: string;
  biz_date?: string;
  biz_no?: string;
  in_out?: string;
  open_id?: string;
  out_trade_no?: string;
  payer_asset_info?: UserAssetInfoVO;
  seller_full_name?: string;
  seller_logon_id?: string;
  title?: string;
  user_id?: string;
}
const JointAccountBillDetailDTOShape = (): object => ({ account_id: 0, amount: 0, bill_no: 0, biz_date: 0, biz_no: 0, in_out: 0, open_id: 0, out_trade_no: 0, payer_asset_info: UserAssetInfoVOShape, seller_full_name: 0, seller_logon_id: 0, title: 0, user_id: 0 });

/**
 * `UserAssetInfoVO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.bill.query`).
 *
 * @example
 * ```ts
 * const value: UserAssetInfoVO = { asset_id: '…', asset_type: '…' };
 * ```
 */
export interface UserAssetInfoVO {
  asset_id?: string;
  asset_type?: string;
  user_id?: string;
  user_open_id?: string;
}
const UserAssetInfoVOShape = (): object => ({ asset_id: 0, asset_type: 0, user_id: 0, user_open_id: 0 });

/**
 * `alipay.fund.jointaccount.bill.query`: GET /v3/alipay/fund/jointaccount/bill/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountBillQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountBillQuery, { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" });
 * ```
 */
export const alipayFundJointaccountBillQuery: ApiDefinition<"alipay.fund.jointaccount.bill.query", AlipayFundJointaccountBillQueryRequest, AlipayFundJointaccountBillQueryResult, AlipayFundJointaccountBillQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.bill.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "account_id", "page_num", "page_size", "user_id", "open_id", "start_date", "end_date", "agreement_no"] },
  () => ({ product_code: 0, biz_scene: 0, account_id: 0, page_num: 0, page_size: 0, user_id: 0, open_id: 0, start_date: 0, end_date: 0, agreement_no: 0 }),
  () => ({ bill_list: [JointAccountBillDetailDTOShape], biz_scene: 0, has_next_page: 2, page_num: 0, page_size: 0, product_code: 0 }),
);
