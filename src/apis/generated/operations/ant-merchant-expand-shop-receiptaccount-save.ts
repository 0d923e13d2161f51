// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `ant.merchant.expand.shop.receiptaccount.save` (POST /v3/ant/merchant/expand/shop/receiptaccount/save: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AntMerchantExpandShopReceiptaccountSaveRequest = { promise: '…', receipt_account_id: '…' };
 * ```
 */
export interface AntMerchantExpandShopReceiptaccountSaveRequest {
  promise?: string;
  receipt_account_id?: string;
  shop_id?: string;
}

/**
 * The result of `ant.merchant.expand.shop.receiptaccount.save`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AntMerchantExpandShopReceiptaccountSaveResult) {
 *   return result;
 * }
 * ```
 */
export type AntMerchantExpandShopReceiptaccountSaveResult = Record<string, never>;

/**
 * The error codes of `ant.merchant.expand.shop.receiptaccount.save` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AntMerchantExpandShopReceiptaccountSaveErrorCode = "MER_ARGUMENT_NULL";
 * ```
 */
export type AntMerchantExpandShopReceiptaccountSaveErrorCode = "MER_ARGUMENT_NULL" | "SHOP_NOT_EXIST" | "RECEIPT_ACCOUNT_NOT_EXIST" | "RECEIPT_ACCOUNT_EXISTS" | "RECEIPT_ACCOUNT_EXCEED_LIMIT" | "SYSTEM_ERROR" | "MERCHANT_NOT_EXIST" | "NOT_ALLOWED_SETTLE";

/**
 * `ant.merchant.expand.shop.receiptaccount.save`: POST /v3/ant/merchant/expand/shop/receiptaccount/save over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { antMerchantExpandShopReceiptaccountSave } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(antMerchantExpandShopReceiptaccountSave, { promise: '…', receipt_account_id: '…' });
 * ```
 */
export const antMerchantExpandShopReceiptaccountSave: ApiDefinition<"ant.merchant.expand.shop.receiptaccount.save", AntMerchantExpandShopReceiptaccountSaveRequest, AntMerchantExpandShopReceiptaccountSaveResult, AntMerchantExpandShopReceiptaccountSaveErrorCode> = /* @__PURE__ */ operation(
  "ant.merchant.expand.shop.receiptaccount.save",
  'POST',
  () => ({ promise: 0, receipt_account_id: 0, shop_id: 0 }),
  () => ({}),
);
