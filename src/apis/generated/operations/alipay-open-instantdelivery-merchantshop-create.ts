// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type LogisticsShopStatusDTO, LogisticsShopStatusDTOShape } from '../models/LogisticsShopStatusDTO.ts';

/**
 * The request of `alipay.open.instantdelivery.merchantshop.create` (POST /v3/alipay/open/instantdelivery/merchantshop/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenInstantdeliveryMerchantshopCreateRequest = { contact_name: '…', detail_address: '…' };
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantshopCreateRequest {
  contact_name?: string;
  detail_address?: string;
  enterprise_city?: string;
  enterprise_district?: string;
  enterprise_province?: string;
  latitude?: string;
  longitude?: string;
  out_biz_no?: string;
  phone?: string;
  poiid?: string;
  shop_category?: string;
  shop_name?: string;
  shop_no?: string;
}

/**
 * The result of `alipay.open.instantdelivery.merchantshop.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenInstantdeliveryMerchantshopCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantshopCreateResult {
  logistics_shop_status?: LogisticsShopStatusDTO[];
}

/**
 * The error codes of `alipay.open.instantdelivery.merchantshop.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenInstantdeliveryMerchantshopCreateErrorCode = "UNKNOWN_EXCEPTION";
 * ```
 */
export type AlipayOpenInstantdeliveryMerchantshopCreateErrorCode = "UNKNOWN_EXCEPTION" | "INVALID_PARAMETER" | "RESULT_IS_NOT_EXPECTED" | "SYSTEM_ERROR" | "SYSTEM_EXCEPTION" | "NO_ACCOUNT" | "ACCOUNT_CREATING" | "ACCOUNT_AUDITING";

/**
 * `alipay.open.instantdelivery.merchantshop.create`: POST /v3/alipay/open/instantdelivery/merchantshop/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenInstantdeliveryMerchantshopCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenInstantdeliveryMerchantshopCreate, { contact_name: '…', detail_address: '…' });
 * ```
 */
export const alipayOpenInstantdeliveryMerchantshopCreate: ApiDefinition<"alipay.open.instantdelivery.merchantshop.create", AlipayOpenInstantdeliveryMerchantshopCreateRequest, AlipayOpenInstantdeliveryMerchantshopCreateResult, AlipayOpenInstantdeliveryMerchantshopCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.instantdelivery.merchantshop.create",
  'POST',
  () => ({ contact_name: 0, detail_address: 0, enterprise_city: 0, enterprise_district: 0, enterprise_province: 0, latitude: 0, longitude: 0, out_biz_no: 0, phone: 0, poiid: 0, shop_category: 0, shop_name: 0, shop_no: 0 }),
  () => ({ logistics_shop_status: [LogisticsShopStatusDTOShape] }),
);
