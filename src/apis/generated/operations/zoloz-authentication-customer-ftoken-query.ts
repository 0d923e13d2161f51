// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `zoloz.authentication.customer.ftoken.query` (POST /v3/zoloz/authentication/customer/ftoken/query: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: ZolozAuthenticationCustomerFtokenQueryRequest = { biz_type: '…', ftoken: '…' };
 * ```
 */
export interface ZolozAuthenticationCustomerFtokenQueryRequest {
  biz_type?: string;
  ext_info?: FaceExtInfo;
  ftoken?: string;
  zim_id?: string;
}

/**
 * The result of `zoloz.authentication.customer.ftoken.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: ZolozAuthenticationCustomerFtokenQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface ZolozAuthenticationCustomerFtokenQueryResult {
  age_check_result?: string;
  authimg_base_64?: string;
  cert_name?: string;
  cert_no?: string;
  face_id?: string;
  open_id?: string;
  uid?: string;
  uid_tel_pair_list?: ZhubUidTelPair[];
}

/**
 * The error codes of `zoloz.authentication.customer.ftoken.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: ZolozAuthenticationCustomerFtokenQueryErrorCode = "BIZ_ERROR";
 * ```
 */
export type ZolozAuthenticationCustomerFtokenQueryErrorCode = "BIZ_ERROR" | "INVALID_PARAMETER" | "SYSTEM_ERROR" | "FTOKEN_INVALID" | "TOKEN_NOT_FOUND" | "UID_NOT_FOUND" | "TOKEN_EXPIRED" | "TOKEN_CONSUMED";

/**
 * `FaceExtInfo`, a model of Alipay's v3 description (in `zoloz.authentication.customer.ftoken.query`).
 *
 * @example
 * ```ts
 * const value: FaceExtInfo = { max_age: '…', min_age: '…' };
 * ```
 */
export interface FaceExtInfo {
  max_age?: string;
  min_age?: string;
  query_type?: string;
}
const FaceExtInfoShape = (): object => ({ max_age: 0, min_age: 0, query_type: 0 });

/**
 * `ZhubUidTelPair`, a model of Alipay's v3 description (in `zoloz.authentication.customer.ftoken.query`).
 *
 * @example
 * ```ts
 * const value: ZhubUidTelPair = { open_id: '…', phone: '…' };
 * ```
 */
export interface ZhubUidTelPair {
  open_id?: string;
  phone?: string;
  user_id?: string;
}
const ZhubUidTelPairShape = (): object => ({ open_id: 0, phone: 0, user_id: 0 });

/**
 * `zoloz.authentication.customer.ftoken.query`: POST /v3/zoloz/authentication/customer/ftoken/query over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { zolozAuthenticationCustomerFtokenQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(zolozAuthenticationCustomerFtokenQuery, { biz_type: '…', ftoken: '…' });
 * ```
 */
export const zolozAuthenticationCustomerFtokenQuery: ApiDefinition<"zoloz.authentication.customer.ftoken.query", ZolozAuthenticationCustomerFtokenQueryRequest, ZolozAuthenticationCustomerFtokenQueryResult, ZolozAuthenticationCustomerFtokenQueryErrorCode> = /* @__PURE__ */ operation(
  "zoloz.authentication.customer.ftoken.query",
  'POST',
  () => ({ biz_type: 0, ext_info: FaceExtInfoShape, ftoken: 0, zim_id: 0 }),
  () => ({ age_check_result: 0, authimg_base_64: 0, cert_name: 0, cert_no: 0, face_id: 0, open_id: 0, uid: 0, uid_tel_pair_list: [ZhubUidTelPairShape] }),
);
