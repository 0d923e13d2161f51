// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.fund.jointaccount.list.query` (GET /v3/alipay/fund/jointaccount/list/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayFundJointaccountListQueryRequest = { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" };
 * ```
 */
export interface AlipayFundJointaccountListQueryRequest {
  /** A query parameter (v3). */
  product_code?: string;
  /** A query parameter (v3). */
  biz_scene?: string;
  /** A query parameter (v3). */
  operate_role?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  identity?: string;
  /** A query parameter (v3). */
  identity_type?: string;
}

/**
 * The result of `alipay.fund.jointaccount.list.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundJointaccountListQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundJointaccountListQueryResult {
  account_list?: JointAccountDTO[];
  biz_scene?: string;
  product_code?: string;
}

/**
 * The error codes of `alipay.fund.jointaccount.list.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundJointaccountListQueryErrorCode = "PRODUCT_NOT_SIGN";
 * ```
 */
export type AlipayFundJointaccountListQueryErrorCode = "PRODUCT_NOT_SIGN";

/**
 * `JointAccountDTO`, a model of Alipay's v3 description (in `alipay.fund.jointaccount.list.query`).
 *
 * @example
 * ```ts
 * const value: JointAccountDTO = { account_id: '…', account_name: '…' };
 * ```
 */
export interface JointAccountDTO {
  account_id?: string;
  account_name?: string;
  user_id?: string;
}
const JointAccountDTOShape = (): object => ({ account_id: 0, account_name: 0, user_id: 0 });

/**
 * `alipay.fund.jointaccount.list.query`: GET /v3/alipay/fund/jointaccount/list/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundJointaccountListQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundJointaccountListQuery, { product_code: "ENTERPRISE_PAY", biz_scene: "DEFAULT" });
 * ```
 */
export const alipayFundJointaccountListQuery: ApiDefinition<"alipay.fund.jointaccount.list.query", AlipayFundJointaccountListQueryRequest, AlipayFundJointaccountListQueryResult, AlipayFundJointaccountListQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.jointaccount.list.query",
  { verb: 'GET', query: ["product_code", "biz_scene", "operate_role", "agreement_no", "identity", "identity_type"] },
  () => ({ product_code: 0, biz_scene: 0, operate_role: 0, agreement_no: 0, identity: 0, identity_type: 0 }),
  () => ({ account_list: [JointAccountDTOShape], biz_scene: 0, product_code: 0 }),
);
