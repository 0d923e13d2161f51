// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.ebpp.invoice.enterprise.merchantrelation.create` (POST /v3/alipay/ebpp/invoice/enterprise/merchantrelation/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEbppInvoiceEnterpriseMerchantrelationCreateRequest = { enterprise_id: "2088xxx", account_id: '…' };
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseMerchantrelationCreateRequest {
  /** A query parameter (v3). */
  enterprise_id?: string;
  account_id?: string;
  agreement_no?: string;
  operator_id?: string;
  shop_info?: EcShopInfo;
  trade_no?: string;
}

/**
 * The result of `alipay.ebpp.invoice.enterprise.merchantrelation.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEbppInvoiceEnterpriseMerchantrelationCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEbppInvoiceEnterpriseMerchantrelationCreateResult {
  pid?: string;
  role_type?: string;
  shop_id?: string;
  success?: boolean;
}

/**
 * The error codes of `alipay.ebpp.invoice.enterprise.merchantrelation.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEbppInvoiceEnterpriseMerchantrelationCreateErrorCode = "PARAMETER_ILLEGAL";
 * ```
 */
export type AlipayEbppInvoiceEnterpriseMerchantrelationCreateErrorCode = "PARAMETER_ILLEGAL" | "SYSTEM_ERROR" | "PERMISSION_DENIED" | "INVALID_TRADE_NO";

/**
 * `EcShopInfo`, a model of Alipay's v3 description (in `alipay.ebpp.invoice.enterprise.merchantrelation.create`).
 *
 * @example
 * ```ts
 * const value: EcShopInfo = { address: '…', city_id: '…' };
 * ```
 */
export interface EcShopInfo {
  address?: string;
  city_id?: string;
  city_name?: string;
  district_id?: string;
  district_name?: string;
  latitude?: string;
  longitude?: string;
  mcc_code_1?: string;
  mcc_code_2?: string;
  mcc_name_1?: string;
  mcc_name_2?: string;
  outdoor_img_url?: string;
  poi_id?: string;
  province_id?: string;
  province_name?: string;
  shop_name?: string;
}
const EcShopInfoShape = (): object => ({ address: 0, city_id: 0, city_name: 0, district_id: 0, district_name: 0, latitude: 0, longitude: 0, mcc_code_1: 0, mcc_code_2: 0, mcc_name_1: 0, mcc_name_2: 0, outdoor_img_url: 0, poi_id: 0, province_id: 0, province_name: 0, shop_name: 0 });

/**
 * `alipay.ebpp.invoice.enterprise.merchantrelation.create`: POST /v3/alipay/ebpp/invoice/enterprise/merchantrelation/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEbppInvoiceEnterpriseMerchantrelationCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEbppInvoiceEnterpriseMerchantrelationCreate, { enterprise_id: "2088xxx", account_id: '…' });
 * ```
 */
export const alipayEbppInvoiceEnterpriseMerchantrelationCreate: ApiDefinition<"alipay.ebpp.invoice.enterprise.merchantrelation.create", AlipayEbppInvoiceEnterpriseMerchantrelationCreateRequest, AlipayEbppInvoiceEnterpriseMerchantrelationCreateResult, AlipayEbppInvoiceEnterpriseMerchantrelationCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.ebpp.invoice.enterprise.merchantrelation.create",
  { verb: 'POST', query: ["enterprise_id"] },
  () => ({ enterprise_id: 0, account_id: 0, agreement_no: 0, operator_id: 0, shop_info: EcShopInfoShape, trade_no: 0 }),
  () => ({ pid: 0, role_type: 0, shop_id: 0, success: 2 }),
);
