// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type Attachment, AttachmentShape } from '../models/Attachment.ts';
import { type FillContent, FillContentShape } from '../models/FillContent.ts';

/**
 * The request of `alipay.eco.sign.flow.create` (POST /v3/alipay/eco/sign/flow/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoSignFlowCreateRequest = { target_app_id: '…', business_scene: '…' };
 * ```
 */
export interface AlipayEcoSignFlowCreateRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  attachments?: Attachment[];
  business_scene?: string;
  config_info?: ConfigInfo;
  template_infos?: TemplateInfo[];
}

/**
 * The result of `alipay.eco.sign.flow.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoSignFlowCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoSignFlowCreateResult {
  flow_id?: string;
}

/**
 * The error codes of `alipay.eco.sign.flow.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoSignFlowCreateErrorCode = "PARAM_ERROR";
 * ```
 */
export type AlipayEcoSignFlowCreateErrorCode = "PARAM_ERROR" | "SYSTEM_ERROR" | "SERIAL_NO_IS_EXIST";

/**
 * `AttachmentExplain`, a model of Alipay's v3 description (in `alipay.eco.sign.flow.create`).
 *
 * @example
 * ```ts
 * const value: AttachmentExplain = { allow_more_uploads: true, description: '…' };
 * ```
 */
export interface AttachmentExplain {
  allow_more_uploads?: boolean;
  description?: string;
  details?: Detail[];
  title?: string;
}
const AttachmentExplainShape = (): object => ({ allow_more_uploads: 2, description: 0, details: [DetailShape], title: 0 });

/**
 * `ConfigInfo`, a model of Alipay's v3 description (in `alipay.eco.sign.flow.create`).
 *
 * @example
 * ```ts
 * const value: ConfigInfo = { collect_attachement: true, company_no: '…' };
 * ```
 */
export interface ConfigInfo {
  attachment_explain?: AttachmentExplain;
  collect_attachement?: boolean;
  collect_cert_types?: string[];
  company_no?: string;
  contract_validity?: number;
  jump_url?: string;
  merchant_mini_sign_url?: string;
  notice_developer_url?: string;
  platform_order_no?: string;
  serial_no?: string;
  sign_model?: number;
}
const ConfigInfoShape = (): object => ({ attachment_explain: AttachmentExplainShape, collect_attachement: 2, collect_cert_types: [0], company_no: 0, contract_validity: 1, jump_url: 0, merchant_mini_sign_url: 0, notice_developer_url: 0, platform_order_no: 0, serial_no: 0, sign_model: 1 });

/**
 * `Detail`, a model of Alipay's v3 description (in `alipay.eco.sign.flow.create`).
 *
 * @example
 * ```ts
 * const value: Detail = { code: '…', description: '…' };
 * ```
 */
export interface Detail {
  code?: string;
  description?: string;
  order?: number;
}
const DetailShape = (): object => ({ code: 0, description: 0, order: 1 });

/**
 * `SignField`, a model of Alipay's v3 description (in `alipay.eco.sign.flow.create`).
 *
 * @example
 * ```ts
 * const value: SignField = { auto_execute: '…', struct_key: '…' };
 * ```
 */
export interface SignField {
  auto_execute?: string;
  signer?: Signer;
  struct_key?: string;
}
const SignFieldShape = (): object => ({ auto_execute: 0, signer: SignerShape, struct_key: 0 });

/**
 * `Signer`, a model of Alipay's v3 description (in `alipay.eco.sign.flow.create`).
 *
 * @example
 * ```ts
 * const value: Signer = { email: '…', id_number: '…' };
 * ```
 */
export interface Signer {
  email?: string;
  id_number?: string;
  id_type?: string;
  mobile?: string;
  name?: string;
  user_id?: string;
}
const SignerShape = (): object => ({ email: 0, id_number: 0, id_type: 0, mobile: 0, name: 0, user_id: 0 });

/**
 * `TemplateInfo`, a model of Alipay's v3 description (in `alipay.eco.sign.flow.create`).
 *
 * @example
 * ```ts
 * const value: TemplateInfo = { name: '…', template_id: '…' };
 * ```
 */
export interface TemplateInfo {
  fill_contents?: FillContent[];
  name?: string;
  signfields?: SignField;
  template_id?: string;
}
const TemplateInfoShape = (): object => ({ fill_contents: [FillContentShape], name: 0, signfields: SignFieldShape, template_id: 0 });

/**
 * `alipay.eco.sign.flow.create`: POST /v3/alipay/eco/sign/flow/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoSignFlowCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoSignFlowCreate, { target_app_id: '…', business_scene: '…' });
 * ```
 */
export const alipayEcoSignFlowCreate: ApiDefinition<"alipay.eco.sign.flow.create", AlipayEcoSignFlowCreateRequest, AlipayEcoSignFlowCreateResult, AlipayEcoSignFlowCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.sign.flow.create",
  { verb: 'POST', query: ["target_app_id"] },
  () => ({ target_app_id: 0, attachments: [AttachmentShape], business_scene: 0, config_info: ConfigInfoShape, template_infos: [TemplateInfoShape] }),
  () => ({ flow_id: 0 }),
);
