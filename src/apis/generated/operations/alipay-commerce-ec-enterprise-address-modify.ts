// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.enterprise.address.modify` (PUT /v3/alipay/commerce/ec/enterprise/address: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEnterpriseAddressModifyRequest = { account_id: '…', address: '…' };
 * ```
 */
export interface AlipayCommerceEcEnterpriseAddressModifyRequest {
  account_id?: string;
  address?: string;
  address_id?: string;
  agreement_no?: string;
  city_code?: string;
  city_name?: string;
  community?: string;
  enterprise_id?: string;
  latitude?: string;
  longitude?: string;
  mark?: string;
  poi_id?: string;
  status?: string;
}

/**
 * The result of `alipay.commerce.ec.enterprise.address.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEnterpriseAddressModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEnterpriseAddressModifyResult {
  address_id?: string;
}

/**
 * The error codes of `alipay.commerce.ec.enterprise.address.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEnterpriseAddressModifyErrorCode = "PARAMETER_ERROR";
 * ```
 */
export type AlipayCommerceEcEnterpriseAddressModifyErrorCode = "PARAMETER_ERROR" | "SYSTEM_ERROR" | "ENTERPRISE_NOT_EXIST" | "SENSITIVE_WORDS_EXIST" | "NO_AGREEMENT" | "ADDRESS_NOT_EXIST" | "ADDRESS_HAS_USED" | "REMOTE_SERVICE_ERROR" | "LAT_LNG_NOT_FOUND_ADDRESS";

/**
 * `alipay.commerce.ec.enterprise.address.modify`: PUT /v3/alipay/commerce/ec/enterprise/address over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEnterpriseAddressModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEnterpriseAddressModify, { account_id: '…', address: '…' });
 * ```
 */
export const alipayCommerceEcEnterpriseAddressModify: ApiDefinition<"alipay.commerce.ec.enterprise.address.modify", AlipayCommerceEcEnterpriseAddressModifyRequest, AlipayCommerceEcEnterpriseAddressModifyResult, AlipayCommerceEcEnterpriseAddressModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.enterprise.address.modify",
  { verb: 'PUT', path: "/v3/alipay/commerce/ec/enterprise/address" },
  () => ({ account_id: 0, address: 0, address_id: 0, agreement_no: 0, city_code: 0, city_name: 0, community: 0, enterprise_id: 0, latitude: 0, longitude: 0, mark: 0, poi_id: 0, status: 0 }),
  () => ({ address_id: 0 }),
);
