// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';

/**
 * The request of `alipay.data.dataservice.ad.conversion.upload` (POST /v3/alipay/data/dataservice/ad/conversion/upload: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayDataDataserviceAdConversionUploadRequest = { biz_token: '…' };
 * ```
 */
export interface AlipayDataDataserviceAdConversionUploadRequest {
  biz_token?: string;
  conversion_data_list?: ConversionData[];
}

/**
 * The result of `alipay.data.dataservice.ad.conversion.upload`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayDataDataserviceAdConversionUploadResult) {
 *   return result;
 * }
 * ```
 */
export type AlipayDataDataserviceAdConversionUploadResult = Record<string, never>;

/**
 * The error codes of `alipay.data.dataservice.ad.conversion.upload` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayDataDataserviceAdConversionUploadErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayDataDataserviceAdConversionUploadErrorCode = "SYSTEM_ERROR" | "INVALID_PARAMETER" | "BIZ_ERROR" | "NO_SERVICE_PURVIEW" | "BIZ_TOKEN_ERROR" | "NO_DATA_PURVIEW" | "NULL_ARGUMENT" | "PRINCIPAL_NOT_EXIST";

/**
 * `ConversionData`, a model of Alipay's v3 description (in `alipay.data.dataservice.ad.conversion.upload`).
 *
 * @example
 * ```ts
 * const value: ConversionData = { ad_id: '…', biz_no: '…' };
 * ```
 */
export interface ConversionData {
  ad_id?: string;
  attribute_list?: ConversionProperty[];
  attributes?: ConversionProperty;
  biz_no?: string;
  callback_ext_info?: string;
  cid?: string;
  conversion_amount?: string;
  conversion_id?: string;
  conversion_time?: number;
  conversion_type?: string;
  creative_id?: string;
  /** @deprecated */
  data_id?: string;
  /** @deprecated */
  data_src_type?: string;
  group_id?: string;
  join_channel?: string;
  plan_id?: string;
  principal_id?: string;
  principal_tag?: string;
  property_list?: ConversionProperty[];
  source?: string;
  /** @deprecated */
  target_id?: string;
  /** @deprecated */
  target_type?: string;
  uuid?: string;
  uuid_open_id?: string;
  uuid_type?: string;
}
const ConversionDataShape = (): object => ({ ad_id: 0, attribute_list: [ConversionPropertyShape], attributes: ConversionPropertyShape, biz_no: 0, callback_ext_info: 0, cid: 0, conversion_amount: 0, conversion_id: 0, conversion_time: 1, conversion_type: 0, creative_id: 0, data_id: 0, data_src_type: 0, group_id: 0, join_channel: 0, plan_id: 0, principal_id: 0, principal_tag: 0, property_list: [ConversionPropertyShape], source: 0, target_id: 0, target_type: 0, uuid: 0, uuid_open_id: 0, uuid_type: 0 });

/**
 * `ConversionProperty`, a model of Alipay's v3 description (in `alipay.data.dataservice.ad.conversion.upload`).
 *
 * @example
 * ```ts
 * const value: ConversionProperty = { key: '…', name: '…' };
 * ```
 */
export interface ConversionProperty {
  key?: string;
  name?: string;
  value?: string;
}
const ConversionPropertyShape = (): object => ({ key: 0, name: 0, value: 0 });

/**
 * `alipay.data.dataservice.ad.conversion.upload`: POST /v3/alipay/data/dataservice/ad/conversion/upload over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayDataDataserviceAdConversionUpload } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayDataDataserviceAdConversionUpload, { biz_token: '…' });
 * ```
 */
export const alipayDataDataserviceAdConversionUpload: ApiDefinition<"alipay.data.dataservice.ad.conversion.upload", AlipayDataDataserviceAdConversionUploadRequest, AlipayDataDataserviceAdConversionUploadResult, AlipayDataDataserviceAdConversionUploadErrorCode> = /* @__PURE__ */ operation(
  "alipay.data.dataservice.ad.conversion.upload",
  'POST',
  () => ({ biz_token: 0, conversion_data_list: [ConversionDataShape] }),
  () => ({}),
);
