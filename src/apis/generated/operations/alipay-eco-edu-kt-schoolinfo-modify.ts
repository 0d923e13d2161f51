// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.eco.edu.kt.schoolinfo.modify` (POST /v3/alipay/eco/edu/kt/schoolinfo/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoEduKtSchoolinfoModifyRequest = { bank_notify_url: '…', bank_partner_id: '…' };
 * ```
 */
export interface AlipayEcoEduKtSchoolinfoModifyRequest {
  bank_notify_url?: string;
  bank_partner_id?: string;
  bank_uid?: string;
  bankcard_no?: string;
  batch_no?: string;
  card_alias_no?: string;
  city_code?: string;
  city_name?: string;
  corporate_branch_pid?: string;
  district_code?: string;
  district_name?: string;
  isv_name?: string;
  isv_no?: string;
  isv_notify_url?: string;
  isv_phone?: string;
  isv_pid?: string;
  province_code?: string;
  province_name?: string;
  school_icon?: string;
  school_icon_type?: string;
  school_name?: string;
  school_pid?: string;
  school_stdcode?: string;
  school_type?: string;
  smid?: string;
  trans_in?: string;
  white_channel_code?: string;
}

/**
 * The result of `alipay.eco.edu.kt.schoolinfo.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoEduKtSchoolinfoModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoEduKtSchoolinfoModifyResult {
  school_no?: string;
  status?: string;
}

/**
 * The error codes of `alipay.eco.edu.kt.schoolinfo.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoEduKtSchoolinfoModifyErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoEduKtSchoolinfoModifyErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "INVALID_PARAMETER_COLLEGE_SCHOOL_TYPE_ERROR";

/**
 * `alipay.eco.edu.kt.schoolinfo.modify`: POST /v3/alipay/eco/edu/kt/schoolinfo/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoEduKtSchoolinfoModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoEduKtSchoolinfoModify, { bank_notify_url: '…', bank_partner_id: '…' });
 * ```
 */
export const alipayEcoEduKtSchoolinfoModify: ApiDefinition<"alipay.eco.edu.kt.schoolinfo.modify", AlipayEcoEduKtSchoolinfoModifyRequest, AlipayEcoEduKtSchoolinfoModifyResult, AlipayEcoEduKtSchoolinfoModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.edu.kt.schoolinfo.modify",
  'POST',
  () => ({ bank_notify_url: 0, bank_partner_id: 0, bank_uid: 0, bankcard_no: 0, batch_no: 0, card_alias_no: 0, city_code: 0, city_name: 0, corporate_branch_pid: 0, district_code: 0, district_name: 0, isv_name: 0, isv_no: 0, isv_notify_url: 0, isv_phone: 0, isv_pid: 0, province_code: 0, province_name: 0, school_icon: 0, school_icon_type: 0, school_name: 0, school_pid: 0, school_stdcode: 0, school_type: 0, smid: 0, trans_in: 0, white_channel_code: 0 }),
  () => ({ school_no: 0, status: 0 }),
);
