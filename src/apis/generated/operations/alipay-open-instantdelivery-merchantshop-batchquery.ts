// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.open.instantdelivery.merchantshop.batchquery` (POST /v3/alipay/open/instantdelivery/merchantshop/batchquery: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayOpenInstantdeliveryMerchantshopBatchqueryRequest = { page_no: 1, page_size: 1 };
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantshopBatchqueryRequest {
  page_no?: number;
  page_size?: number;
  shop_name?: string;
  shop_no?: string;
}

/**
 * The result of `alipay.open.instantdelivery.merchantshop.batchquery`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenInstantdeliveryMerchantshopBatchqueryResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenInstantdeliveryMerchantshopBatchqueryResult {
  page_no?: number;
  page_size?: number;
  records?: MerchantShopDTO[];
  total_no?: number;
}

/**
 * The error codes of `alipay.open.instantdelivery.merchantshop.batchquery` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenInstantdeliveryMerchantshopBatchqueryErrorCode = "UNKNOWN_EXCEPTION";
 * ```
 */
export type AlipayOpenInstantdeliveryMerchantshopBatchqueryErrorCode = "UNKNOWN_EXCEPTION" | "INVALID_PARAMETER" | "RESULT_IS_NOT_EXPECTED" | "SYSTEM_ERROR";

/**
 * `MerchantShopDTO`, a model of Alipay's v3 description (in `alipay.open.instantdelivery.merchantshop.batchquery`).
 *
 * @example
 * ```ts
 * const value: MerchantShopDTO = { shop_name: '…', shop_no: '…' };
 * ```
 */
export interface MerchantShopDTO {
  shop_name?: string;
  shop_no?: string;
}
const MerchantShopDTOShape = (): object => ({ shop_name: 0, shop_no: 0 });

/**
 * `alipay.open.instantdelivery.merchantshop.batchquery`: POST /v3/alipay/open/instantdelivery/merchantshop/batchquery over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayOpenInstantdeliveryMerchantshopBatchquery } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenInstantdeliveryMerchantshopBatchquery, { page_no: 1, page_size: 1 });
 * ```
 */
export const alipayOpenInstantdeliveryMerchantshopBatchquery: ApiDefinition<"alipay.open.instantdelivery.merchantshop.batchquery", AlipayOpenInstantdeliveryMerchantshopBatchqueryRequest, AlipayOpenInstantdeliveryMerchantshopBatchqueryResult, AlipayOpenInstantdeliveryMerchantshopBatchqueryErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.instantdelivery.merchantshop.batchquery",
  'POST',
  () => ({ page_no: 1, page_size: 1, shop_name: 0, shop_no: 0 }),
  () => ({ page_no: 1, page_size: 1, records: [MerchantShopDTOShape], total_no: 1 }),
);
