// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type FundExtInfo, FundExtInfoShape } from '../models/FundExtInfo.ts';

/**
 * The request of `alipay.fund.enterprisepay.group.add` (POST /v3/alipay/fund/enterprisepay/group/add: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundEnterprisepayGroupAddRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundEnterprisepayGroupAddRequest {
  account_id?: string;
  agreement_no?: string;
  biz_scene?: string;
  fund_ext_info?: FundExtInfo;
  name?: string;
  out_biz_no?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.enterprisepay.group.add`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundEnterprisepayGroupAddResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayFundEnterprisepayGroupAddResult {
  account_id?: string;
  fund_group_id?: string;
  out_group_id?: string;
}

/**
 * The error codes of `alipay.fund.enterprisepay.group.add` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundEnterprisepayGroupAddErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayFundEnterprisepayGroupAddErrorCode = "SYSTEM_ERROR" | "ILLEGAL_ARGUMENT" | "CREATE_ACCOUNT_GROUP_FAIL" | "OUT_GROUP_EXIST" | "USER_AGREEMENT_DELETE_USELESS_FAIL" | "AGREEMENT_NOT_EXIST" | "ACCOUNT_NO_MULTI_FUND_PERMISSION" | "FUND_IDENTITY_NOT_ALLOWED" | "AGREEMENT_IS_INVALID" | "USER_UNREAL_NAME" | "CERT_TYPE_ERROR" | "NEED_TO_SET_PPW" | "USER_STATUS_ERROR" | "USER_AGREEMENT_SIGN_FAIL" | "FUND_IDENTITY_PARAM_ERROR" | "JOINT_ACCOUNT_NOT_EXIST" | "BIZ_SCENE_NOT_ADMIT" | "COMMON_RPC_ERROR";

/**
 * `alipay.fund.enterprisepay.group.add`: POST /v3/alipay/fund/enterprisepay/group/add over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundEnterprisepayGroupAdd } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundEnterprisepayGroupAdd, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundEnterprisepayGroupAdd: ApiDefinition<"alipay.fund.enterprisepay.group.add", AlipayFundEnterprisepayGroupAddRequest, AlipayFundEnterprisepayGroupAddResult, AlipayFundEnterprisepayGroupAddErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.enterprisepay.group.add",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, biz_scene: 0, fund_ext_info: FundExtInfoShape, name: 0, out_biz_no: 0, product_code: 0 }),
  () => ({ account_id: 0, fund_group_id: 0, out_group_id: 0 }),
);
