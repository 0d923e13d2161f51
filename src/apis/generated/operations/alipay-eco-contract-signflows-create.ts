// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { type Attachment, AttachmentShape } from '../models/Attachment.ts';
import { type FillContent, FillContentShape } from '../models/FillContent.ts';

/**
 * The request of `alipay.eco.contract.signflows.create` (POST /v3/alipay/eco/contract/signflows/create: its fields in the JSON body).
 *
 * @example
 * ```ts
 * const request: AlipayEcoContractSignflowsCreateRequest = { target_app_id: '…', business_scene: '…' };
 * ```
 */
export interface AlipayEcoContractSignflowsCreateRequest {
  /** A query parameter (v3). */
  target_app_id?: string;
  attachments?: Attachment[];
  business_scene?: string;
  config_info?: ConfigInfoBean;
  template_infos?: TemplateInfoBean[];
}

/**
 * The result of `alipay.eco.contract.signflows.create`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayEcoContractSignflowsCreateResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayEcoContractSignflowsCreateResult {
  flow_id?: string;
}

/**
 * The error codes of `alipay.eco.contract.signflows.create` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayEcoContractSignflowsCreateErrorCode = "SYSTEM_ERROR";
 * ```
 */
export type AlipayEcoContractSignflowsCreateErrorCode = "SYSTEM_ERROR" | "PARAM_ERROR";

/**
 * `AttachmentExplainBean`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`).
 *
 * @example
 * ```ts
 * const value: AttachmentExplainBean = { description: '…', title: '…' };
 * ```
 */
export interface AttachmentExplainBean {
  description?: string;
  details?: DetailBean[];
  title?: string;
}
const AttachmentExplainBeanShape = (): object => ({ description: 0, details: [DetailBeanShape], title: 0 });

/**
 * `ConfigInfoBean`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`).
 *
 * @example
 * ```ts
 * const value: ConfigInfoBean = { auto_archive: true, collect_attachement: true };
 * ```
 */
export interface ConfigInfoBean {
  attachment_explain?: AttachmentExplainBean;
  auto_archive?: boolean;
  collect_attachement?: boolean;
  company_no?: string;
  contract_validity?: number;
  jump_url?: string;
  merchant_mini_sign_url?: string;
  notice_developer_url?: string;
  platform_order_no?: string;
  serial_no?: string;
  sign_model?: number;
  specify_attachment_infos?: SpecifyAttachmentInfo[];
}
const ConfigInfoBeanShape = (): object => ({ attachment_explain: AttachmentExplainBeanShape, auto_archive: 2, collect_attachement: 2, company_no: 0, contract_validity: 1, jump_url: 0, merchant_mini_sign_url: 0, notice_developer_url: 0, platform_order_no: 0, serial_no: 0, sign_model: 1, specify_attachment_infos: [SpecifyAttachmentInfoShape] });

/**
 * `DetailBean`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`).
 *
 * @example
 * ```ts
 * const value: DetailBean = { code: '…', description: '…' };
 * ```
 */
export interface DetailBean {
  code?: string;
  description?: string;
  order?: number;
}
const DetailBeanShape = (): object => ({ code: 0, description: 0, order: 1 });

/**
 * `Org`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`).
 *
 * @example
 * ```ts
 * const value: Org = { org_id_number: '…', org_id_type: '…' };
 * ```
 */
export interface Org {
  org_id_number?: string;
  org_id_type?: string;
  org_legal_id_number?: string;
  org_legal_id_type?: string;
  org_legal_name?: string;
  org_name?: string;
  third_party_user_id?: string;
}
const OrgShape = (): object => ({ org_id_number: 0, org_id_type: 0, org_legal_id_number: 0, org_legal_id_type: 0, org_legal_name: 0, org_name: 0, third_party_user_id: 0 });

/**
 * `SignFieldBean`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`).
 *
 * @example
 * ```ts
 * const value: SignFieldBean = { sign_field_type: '…', struct_key: '…' };
 * ```
 */
export interface SignFieldBean {
  sign_field_type?: string;
  signer?: SignerBean;
  struct_key?: string;
}
const SignFieldBeanShape = (): object => ({ sign_field_type: 0, signer: SignerBeanShape, struct_key: 0 });

/**
 * `SignerBean`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`).
 *
 * @example
 * ```ts
 * const value: SignerBean = { email: '…', id_number: '…' };
 * ```
 */
export interface SignerBean {
  email?: string;
  id_number?: string;
  id_type?: string;
  mobile?: string;
  name?: string;
  org?: Org;
  third_party_user_id?: string;
}
const SignerBeanShape = (): object => ({ email: 0, id_number: 0, id_type: 0, mobile: 0, name: 0, org: OrgShape, third_party_user_id: 0 });

/**
 * `SpecifyAttachmentInfo`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`).
 *
 * @example
 * ```ts
 * const value: SpecifyAttachmentInfo = { allow_more_uploads: true, allow_more_uploads_max_count: 1 };
 * ```
 */
export interface SpecifyAttachmentInfo {
  allow_more_uploads?: boolean;
  allow_more_uploads_max_count?: number;
  collect_cert_types?: string[];
  collect_common_codes?: string[];
  third_party_user_id?: string;
}
const SpecifyAttachmentInfoShape = (): object => ({ allow_more_uploads: 2, allow_more_uploads_max_count: 1, collect_cert_types: [0], collect_common_codes: [0], third_party_user_id: 0 });

/**
 * `TemplateInfoBean`, a model of Alipay's v3 description (in `alipay.eco.contract.signflows.create`).
 *
 * @example
 * ```ts
 * const value: TemplateInfoBean = { name: '…', template_id: '…' };
 * ```
 */
export interface TemplateInfoBean {
  fill_contents?: FillContent[];
  name?: string;
  signfields?: SignFieldBean[];
  template_id?: string;
}
const TemplateInfoBeanShape = (): object => ({ fill_contents: [FillContentShape], name: 0, signfields: [SignFieldBeanShape], template_id: 0 });

/**
 * `alipay.eco.contract.signflows.create`: POST /v3/alipay/eco/contract/signflows/create over v3 (its fields in the JSON body); over v2 the gateway's `biz_content`.
 *
 * @example
 * ```ts
 * import { alipayEcoContractSignflowsCreate } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayEcoContractSignflowsCreate, { target_app_id: '…', business_scene: '…' });
 * ```
 */
export const alipayEcoContractSignflowsCreate: ApiDefinition<"alipay.eco.contract.signflows.create", AlipayEcoContractSignflowsCreateRequest, AlipayEcoContractSignflowsCreateResult, AlipayEcoContractSignflowsCreateErrorCode> = /* @__PURE__ */ operation(
  "alipay.eco.contract.signflows.create",
  { verb: 'POST', query: ["target_app_id"] },
  () => ({ target_app_id: 0, attachments: [AttachmentShape], business_scene: 0, config_info: ConfigInfoBeanShape, template_infos: [TemplateInfoBeanShape] }),
  () => ({ flow_id: 0 }),
);
