// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.commerce.ec.enterprise.address.query` (GET /v3/alipay/commerce/ec/enterprise/address: its fields as parameters).
 *
 * @example
 * ```ts
 * const request: AlipayCommerceEcEnterpriseAddressQueryRequest = { enterprise_id: "2088501312695783", account_id: "2088501312612345" };
 * ```
 */
export interface AlipayCommerceEcEnterpriseAddressQueryRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  /** A query parameter (v3). */
  account_id?: string;
  /** A query parameter (v3). */
  agreement_no?: string;
  /** A query parameter (v3). */
  address_id?: string;
  /** A query parameter (v3). */
  city_code?: string;
  /** A query parameter (v3). */
  page_num?: number;
  /** A query parameter (v3). */
  page_size?: number;
}

/**
 * The result of `alipay.commerce.ec.enterprise.address.query`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayCommerceEcEnterpriseAddressQueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayCommerceEcEnterpriseAddressQueryResult {
  current_page?: number;
  enterprise_address_info_list?: AddressInfoDTO[];
  total_num?: number;
  total_pages?: number;
}

/**
 * The error codes of `alipay.commerce.ec.enterprise.address.query` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayCommerceEcEnterpriseAddressQueryErrorCode = "PARAMETER_ERROR";
 * ```
 */
export type AlipayCommerceEcEnterpriseAddressQueryErrorCode = "PARAMETER_ERROR" | "SYSTEM_ERROR" | "NO_AGREEMENT" | "ENTERPRISE_NOT_EXIST" | "ADDRESS_HAS_USED" | "SENSITIVE_WORDS_EXIST" | "ENTERPRISE_ADDRESS_NOT_EXIST";

/**
 * `AddressInfoDTO`, a model of Alipay's v3 description (in `alipay.commerce.ec.enterprise.address.query`).
 *
 * @example
 * ```ts
 * const value: AddressInfoDTO = { account_id: '…', address: '…' };
 * ```
 */
export interface AddressInfoDTO {
  account_id?: string;
  address?: string;
  address_id?: string;
  city_code?: string;
  city_name?: string;
  community?: string;
  enterprise_id?: string;
  latitude?: string;
  longitude?: string;
  mark?: string;
  poi_id?: string;
}
const AddressInfoDTOShape = (): object => ({ account_id: 0, address: 0, address_id: 0, city_code: 0, city_name: 0, community: 0, enterprise_id: 0, latitude: 0, longitude: 0, mark: 0, poi_id: 0 });

/**
 * `alipay.commerce.ec.enterprise.address.query`: GET /v3/alipay/commerce/ec/enterprise/address over v3 (its fields as parameters); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayCommerceEcEnterpriseAddressQuery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayCommerceEcEnterpriseAddressQuery, { enterprise_id: "2088501312695783", account_id: "2088501312612345" });
 * ```
 */
export const alipayCommerceEcEnterpriseAddressQuery: ApiDefinition<"alipay.commerce.ec.enterprise.address.query", AlipayCommerceEcEnterpriseAddressQueryRequest, AlipayCommerceEcEnterpriseAddressQueryResult, AlipayCommerceEcEnterpriseAddressQueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.commerce.ec.enterprise.address.query",
  { verb: 'GET', path: "/v3/alipay/commerce/ec/enterprise/address", query: ["enterprise_id", "account_id", "agreement_no", "address_id", "city_code", "page_num", "page_size"] },
  () => ({ enterprise_id: 0, account_id: 0, agreement_no: 0, address_id: 0, city_code: 0, page_num: 1, page_size: 1 }),
  () => ({ current_page: 1, enterprise_address_info_list: [AddressInfoDTOShape], total_num: 1, total_pages: 1 }),
);
