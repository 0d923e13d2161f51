// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.boss.fnc.userinvoiceinfo.query` (GET /v3/alipay/boss/fnc/userinvoiceinfo/query: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayBossFncUserinvoiceinfoQueryRequest = { pid: "2088001007243670" };
 * ```
 */
export interface AlipayBossFncUserinvoiceinfoQueryRequest {
  /** A query parameter (v3). */
  pid?: string;
}

/**
 * The result of `alipay.boss.fnc.userinvoiceinfo.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayBossFncUserinvoiceinfoQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayBossFncUserinvoiceinfoQueryResult {
  result_set?: UserInvoiceInfoOpenApiResponse;
}

/**
 * The error codes of `alipay.boss.fnc.userinvoiceinfo.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayBossFncUserinvoiceinfoQueryErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayBossFncUserinvoiceinfoQueryErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR";

/**
 * `UserInvoiceInfoOpenApiResponse`, a model of Alipay's v3 description (in `alipay.boss.fnc.userinvoiceinfo.query`).
 *
 * @example
 * ```ts
 * const value: UserInvoiceInfoOpenApiResponse = { accept_electronic: true, address: '…' };
 * ```
 */
export interface UserInvoiceInfoOpenApiResponse {
  accept_electronic?: boolean;
  address?: string;
  auto?: boolean;
  bank_account?: string;
  bank_name?: string;
  business_licence_url?: string;
  creator?: string;
  gmt_create?: string;
  gmt_modified?: string;
  hold?: boolean;
  id?: string;
  ip_id?: string;
  last_modifier?: string;
  open_account_permit_url?: string;
  other_qualification_url?: string;
  status?: string;
  task_date?: string;
  tax_no?: string;
  tax_payer_qualification?: string;
  tax_qualification_url?: string;
  tax_reg_cert_url?: string;
  taxpayer_quali_valid?: string;
  telephone?: string;
  title?: string;
  tnt_inst_id?: string;
  type?: string;
  user_mail_info_list?: UserMailInfoVO[];
}
const UserInvoiceInfoOpenApiResponseShape = (): object => ({ accept_electronic: 2, address: 0, auto: 2, bank_account: 0, bank_name: 0, business_licence_url: 0, creator: 0, gmt_create: 0, gmt_modified: 0, hold: 2, id: 0, ip_id: 0, last_modifier: 0, open_account_permit_url: 0, other_qualification_url: 0, status: 0, task_date: 0, tax_no: 0, tax_payer_qualification: 0, tax_qualification_url: 0, tax_reg_cert_url: 0, taxpayer_quali_valid: 0, telephone: 0, title: 0, tnt_inst_id: 0, type: 0, user_mail_info_list: [UserMailInfoVOShape] });

/**
 * `UserMailInfoVO`, a model of Alipay's v3 description (in `alipay.boss.fnc.userinvoiceinfo.query`).
 *
 * @example
 * ```ts
 * const value: UserMailInfoVO = { address: '…', city: '…' };
 * ```
 */
export interface UserMailInfoVO {
  address?: string;
  city?: string;
  country?: string;
  county_district?: string;
  detail_address?: string;
  email?: string;
  gmt_create?: string;
  gmt_modified?: string;
  id?: string;
  name?: string;
  pid?: string;
  province?: string;
  street?: string;
  telephone?: string;
}
const UserMailInfoVOShape = (): object => ({ address: 0, city: 0, country: 0, county_district: 0, detail_address: 0, email: 0, gmt_create: 0, gmt_modified: 0, id: 0, name: 0, pid: 0, province: 0, street: 0, telephone: 0 });

/**
 * `alipay.boss.fnc.userinvoiceinfo.query`: GET /v3/alipay/boss/fnc/userinvoiceinfo/query over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayBossFncUserinvoiceinfoQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayBossFncUserinvoiceinfoQuery, { pid: "2088001007243670" });
 * ```
 */
export const alipayBossFncUserinvoiceinfoQuery: ApiDefinition<"alipay.boss.fnc.userinvoiceinfo.query", AlipayBossFncUserinvoiceinfoQueryRequest, AlipayBossFncUserinvoiceinfoQueryResult, AlipayBossFncUserinvoiceinfoQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.boss.fnc.userinvoiceinfo.query",
  { verb: 'GET', query: ["pid"] },
  () => ({ pid: 0 }),
  () => ({ result_set: UserInvoiceInfoOpenApiResponseShape }),
);
