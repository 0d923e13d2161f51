// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type FundExtInfo, FundExtInfoShape } from '../models/FundExtInfo.ts';

/**
 * The request of `alipay.fund.enterprisepay.group.modify` (POST /v3/alipay/fund/enterprisepay/group/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayFundEnterprisepayGroupModifyRequest = { account_id: '…', agreement_no: '…' };
 * ```
 */
export interface AlipayFundEnterprisepayGroupModifyRequest {
  account_id?: string;
  agreement_no?: string;
  biz_scene?: string;
  fund_ext_info?: FundExtInfo;
  name?: string;
  operation_type_list?: string[];
  out_biz_no?: string;
  product_code?: string;
}

/**
 * The result of `alipay.fund.enterprisepay.group.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayFundEnterprisepayGroupModifyResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayFundEnterprisepayGroupModifyResult = Record<string, never>;

/**
 * The error codes of `alipay.fund.enterprisepay.group.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayFundEnterprisepayGroupModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayFundEnterprisepayGroupModifyErrorCode = "SYSTEM_ERROR" | "AGREEMENT_NOT_EXIST" | "ILLEGAL_ARGUMENT" | "HORIZONTAL_AUTHORITY_EXCEPTION" | "FUND_GROUP_NOT_EXIST" | "UPDATE_ACCOUNT_GROUP_FAIL" | "ACCOUNT_NO_MULTI_FUND_PERMISSION" | "FUND_IDENTITY_NOT_ALLOWED" | "UN_SUPPORT_UPDATE_SCENE" | "AGREEMENT_IS_INVALID" | "AGREEMENT_STATUS_IS_NOT_NORMAL" | "AGREEMENT_IS_OUT_OF_DATE" | "USER_AGREEMENT_UPDATE_FAIL" | "FUND_IDENTITY_PARAM_ERROR" | "BIZ_SCENE_NOT_ADMIT" | "USER_UNREAL_NAME" | "CERT_TYPE_ERROR" | "NEED_TO_SET_PPW" | "USER_STATUS_ERROR" | "JOINT_ACCOUNT_NOT_EXIST";

/**
 * `alipay.fund.enterprisepay.group.modify`: POST /v3/alipay/fund/enterprisepay/group/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayFundEnterprisepayGroupModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayFundEnterprisepayGroupModify, { account_id: '…', agreement_no: '…' });
 * ```
 */
export const alipayFundEnterprisepayGroupModify: ApiDefinition<"alipay.fund.enterprisepay.group.modify", AlipayFundEnterprisepayGroupModifyRequest, AlipayFundEnterprisepayGroupModifyResult, AlipayFundEnterprisepayGroupModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.fund.enterprisepay.group.modify",
  'POST',
  () => ({ account_id: 0, agreement_no: 0, biz_scene: 0, fund_ext_info: FundExtInfoShape, name: 0, operation_type_list: [0], out_biz_no: 0, product_code: 0 }),
  () => ({}),
);
