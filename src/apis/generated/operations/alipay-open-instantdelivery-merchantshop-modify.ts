// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type LogisticsShopStatusDTO, LogisticsShopStatusDTOShape } from '../models/LogisticsShopStatusDTO.ts';

/**
 * The request of `alipay.open.instantdelivery.merchantshop.modify` (POST /v3/alipay/open/instantdelivery/merchantshop/modify: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenInstantdeliveryMerchantshopModifyRequest = { contact_name: '…', out_biz_no: '…' };
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantshopModifyRequest {
  contact_name?: string;
  logistics_codes?: string[];
  out_biz_no?: string;
  phone?: string;
  shop_no?: string;
}

/**
 * The result of `alipay.open.instantdelivery.merchantshop.modify`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenInstantdeliveryMerchantshopModifyResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantshopModifyResult {
  logistics_shop_status?: LogisticsShopStatusDTO[];
}

/**
 * The error codes of `alipay.open.instantdelivery.merchantshop.modify` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenInstantdeliveryMerchantshopModifyErrorCode = "UNKNOWN_EXCEPTION";
 * ```
 */
export type AlipayOpenInstantdeliveryMerchantshopModifyErrorCode = "UNKNOWN_EXCEPTION" | "INVALID_PARAMETER" | "SHOP_CREATING" | "SYSTEM_ERROR" | "SHOP_AUDITING" | "SHOP_UPDATING" | "NO_ACCOUNT" | "ACCOUNT_CREATING" | "ACCOUNT_AUDITING";

/**
 * `alipay.open.instantdelivery.merchantshop.modify`: POST /v3/alipay/open/instantdelivery/merchantshop/modify over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenInstantdeliveryMerchantshopModify } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenInstantdeliveryMerchantshopModify, { contact_name: '…', out_biz_no: '…' });
 * ```
 */
export const alipayOpenInstantdeliveryMerchantshopModify: ApiDefinition<"alipay.open.instantdelivery.merchantshop.modify", AlipayOpenInstantdeliveryMerchantshopModifyRequest, AlipayOpenInstantdeliveryMerchantshopModifyResult, AlipayOpenInstantdeliveryMerchantshopModifyErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.instantdelivery.merchantshop.modify",
  'POST',
  () => ({ contact_name: 0, logistics_codes: [0], out_biz_no: 0, phone: 0, shop_no: 0 }),
  () => ({ logistics_shop_status: [LogisticsShopStatusDTOShape] }),
);
