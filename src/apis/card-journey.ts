// The card journey's hand-written definitions (templates, the activation form, opening, updating
// and deleting cards, OAuth, image upload), loaded on demand: with the first call to one of them
// by name, so that an app that only queries cards does not bundle (with code splitting) or
// evaluate their schemas. The alipay-edge/apis barrel publishes them too (the same module, so a
// bundler keeps one chunk for both ways in). Each one's generated twin (Alipay's description of the
// same operation) loads when a request carries a field only the description has.
import { type ActivateUrlApplyRequest, ActivateUrlApplyRequestSchema, type ActivateUrlApplyResult, ActivateUrlApplyResponseSchema, type FormTemplateSetRequest, FormTemplateSetRequestSchema, type FormTemplateSetResult, FormTemplateSetResponseSchema } from './card-form.ts';
import {
  type CardDeleteRequest,
  CardDeleteRequestSchema,
  type CardDeleteResult,
  CardDeleteResponseSchema,
  type CardOpenRequest,
  CardOpenRequestSchema,
  type CardOpenResult,
  CardOpenResponseSchema,
  type CardUpdateRequest,
  CardUpdateRequestSchema,
  type CardUpdateResult,
  CardUpdateResponseSchema,
} from './card-lifecycle.ts';
import {
  type TemplateCreateRequest,
  TemplateCreateRequestSchema,
  type TemplateCreateResult,
  TemplateCreateResponseSchema,
  type TemplateModifyRequest,
  TemplateModifyRequestSchema,
  type TemplateModifyResult,
  TemplateModifyResponseSchema,
  type TemplateQueryRequest,
  TemplateQueryRequestSchema,
  type TemplateQueryResult,
  TemplateQueryResponseSchema,
} from './card-template.ts';
import { type ApiDefinition, defineApi, v3Route } from './definition.ts';
import type { AlipayMarketingCardActivateurlApplyErrorCode } from './generated/operations/alipay-marketing-card-activateurl-apply.ts';
import type { AlipayMarketingCardDeleteErrorCode } from './generated/operations/alipay-marketing-card-delete.ts';
import type { AlipayMarketingCardFormtemplateSetErrorCode } from './generated/operations/alipay-marketing-card-formtemplate-set.ts';
import type { AlipayMarketingCardOpenErrorCode } from './generated/operations/alipay-marketing-card-open.ts';
import type { AlipayMarketingCardTemplateCreateErrorCode } from './generated/operations/alipay-marketing-card-template-create.ts';
import type { AlipayMarketingCardTemplateModifyErrorCode } from './generated/operations/alipay-marketing-card-template-modify.ts';
import type { AlipayMarketingCardTemplateQueryErrorCode } from './generated/operations/alipay-marketing-card-template-query.ts';
import type { AlipayMarketingCardUpdateErrorCode } from './generated/operations/alipay-marketing-card-update.ts';
import type { AlipayOfflineMaterialImageUploadErrorCode } from './generated/operations/alipay-offline-material-image-upload.ts';
import type { AlipaySystemOauthTokenErrorCode } from './generated/operations/alipay-system-oauth-token.ts';
import { asParams, multipartShape } from './wire.ts';
import { type ImageUploadRequest, ImageUploadRequestSchema, type ImageUploadResult, ImageUploadResponseSchema } from './image-upload.ts';
import { type OauthTokenRequest, OauthTokenRequestSchema, type OauthTokenResult, OauthTokenResponseSchema } from './oauth-token.ts';

/**
 * `alipay.system.oauth.token`, hand-written: exchange an auth_code (or a refresh_token) for a user access token.
 *
 * @example
 * ```ts
 * const { access_token } = await alipay.execute(alipaySystemOauthToken, { grant_type: 'authorization_code', code: authCode });
 * ```
 */
export const alipaySystemOauthToken: ApiDefinition<'alipay.system.oauth.token', OauthTokenRequest, OauthTokenResult, AlipaySystemOauthTokenErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.system.oauth.token',
  OauthTokenRequestSchema,
  OauthTokenResponseSchema,
  { shape: asParams, described: () => import('./generated/operations/alipay-system-oauth-token.ts').then((module) => module.alipaySystemOauthToken) },
);

/**
 * `alipay.marketing.card.template.create`, hand-written: create a membership-card template.
 *
 * @example
 * ```ts
 * const { template_id } = await alipay.execute(alipayMarketingCardTemplateCreate, template);
 * ```
 */
export const alipayMarketingCardTemplateCreate: ApiDefinition<'alipay.marketing.card.template.create', TemplateCreateRequest, TemplateCreateResult, AlipayMarketingCardTemplateCreateErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.marketing.card.template.create',
  TemplateCreateRequestSchema,
  TemplateCreateResponseSchema,
  { described: () => import('./generated/operations/alipay-marketing-card-template-create.ts').then((module) => module.alipayMarketingCardTemplateCreate) },
);

/**
 * `alipay.marketing.card.template.modify`, hand-written: change a membership-card template.
 *
 * @example
 * ```ts
 * await alipay.execute(alipayMarketingCardTemplateModify, { ...template, template_id });
 * ```
 */
export const alipayMarketingCardTemplateModify: ApiDefinition<'alipay.marketing.card.template.modify', TemplateModifyRequest, TemplateModifyResult, AlipayMarketingCardTemplateModifyErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.marketing.card.template.modify',
  TemplateModifyRequestSchema,
  TemplateModifyResponseSchema,
  { described: () => import('./generated/operations/alipay-marketing-card-template-modify.ts').then((module) => module.alipayMarketingCardTemplateModify) },
);

/**
 * `alipay.marketing.card.template.query`, hand-written: read a membership-card template.
 *
 * @example
 * ```ts
 * const template = await alipay.execute(alipayMarketingCardTemplateQuery, { template_id });
 * ```
 */
export const alipayMarketingCardTemplateQuery: ApiDefinition<'alipay.marketing.card.template.query', TemplateQueryRequest, TemplateQueryResult, AlipayMarketingCardTemplateQueryErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.marketing.card.template.query',
  TemplateQueryRequestSchema,
  TemplateQueryResponseSchema,
  { v3: v3Route('alipay.marketing.card.template.query', 'GET', { query: ['template_id'] }), described: () => import('./generated/operations/alipay-marketing-card-template-query.ts').then((module) => module.alipayMarketingCardTemplateQuery) },
);

/**
 * `alipay.marketing.card.formtemplate.set`, hand-written: the activation form's fields.
 *
 * @example
 * ```ts
 * await alipay.execute(alipayMarketingCardFormtemplateSet, { template_id, fields: { required: { common_fields: ['OPEN_FORM_FIELD_MOBILE'] } } });
 * ```
 */
export const alipayMarketingCardFormtemplateSet: ApiDefinition<'alipay.marketing.card.formtemplate.set', FormTemplateSetRequest, FormTemplateSetResult, AlipayMarketingCardFormtemplateSetErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.marketing.card.formtemplate.set',
  FormTemplateSetRequestSchema,
  FormTemplateSetResponseSchema,
  { described: () => import('./generated/operations/alipay-marketing-card-formtemplate-set.ts').then((module) => module.alipayMarketingCardFormtemplateSet) },
);

/**
 * `alipay.marketing.card.activateurl.apply`, hand-written: the link that opens the activation form.
 *
 * @example
 * ```ts
 * const { apply_card_url } = await alipay.execute(alipayMarketingCardActivateurlApply, { template_id });
 * ```
 */
export const alipayMarketingCardActivateurlApply: ApiDefinition<'alipay.marketing.card.activateurl.apply', ActivateUrlApplyRequest, ActivateUrlApplyResult, AlipayMarketingCardActivateurlApplyErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.marketing.card.activateurl.apply',
  ActivateUrlApplyRequestSchema,
  ActivateUrlApplyResponseSchema,
  { described: () => import('./generated/operations/alipay-marketing-card-activateurl-apply.ts').then((module) => module.alipayMarketingCardActivateurlApply) },
);

/**
 * `alipay.marketing.card.open`, hand-written: issue a card to a user.
 *
 * @example
 * ```ts
 * const { card_info } = await alipay.execute(alipayMarketingCardOpen, openRequest, { authToken });
 * ```
 */
export const alipayMarketingCardOpen: ApiDefinition<'alipay.marketing.card.open', CardOpenRequest, CardOpenResult, AlipayMarketingCardOpenErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.marketing.card.open',
  CardOpenRequestSchema,
  CardOpenResponseSchema,
  { v3: v3Route('alipay.marketing.card.open', 'POST', { query: ['auth_token'] }), described: () => import('./generated/operations/alipay-marketing-card-open.ts').then((module) => module.alipayMarketingCardOpen) },
);

/**
 * `alipay.marketing.card.update`, hand-written: change a card's points, balance or level.
 *
 * @example
 * ```ts
 * await alipay.execute(alipayMarketingCardUpdate, { target_card_no, target_card_no_type: 'BIZ_CARD', occur_time, card_info: { point: '188' } });
 * ```
 */
export const alipayMarketingCardUpdate: ApiDefinition<'alipay.marketing.card.update', CardUpdateRequest, CardUpdateResult, AlipayMarketingCardUpdateErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.marketing.card.update',
  CardUpdateRequestSchema,
  CardUpdateResponseSchema,
  { described: () => import('./generated/operations/alipay-marketing-card-update.ts').then((module) => module.alipayMarketingCardUpdate) },
);

/**
 * `alipay.marketing.card.delete`, hand-written: delete a card.
 *
 * @example
 * ```ts
 * await alipay.execute(alipayMarketingCardDelete, { out_serial_no, target_card_no, target_card_no_type: 'BIZ_CARD', reason_code: 'USER_UNBUND' });
 * ```
 */
export const alipayMarketingCardDelete: ApiDefinition<'alipay.marketing.card.delete', CardDeleteRequest, CardDeleteResult, AlipayMarketingCardDeleteErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.marketing.card.delete',
  CardDeleteRequestSchema,
  CardDeleteResponseSchema,
  {
    v3: v3Route('alipay.marketing.card.delete', 'DELETE', { query: ['out_serial_no', 'target_card_no', 'target_card_no_type', 'reason_code', 'ext_info'] }),
    described: () => import('./generated/operations/alipay-marketing-card-delete.ts').then((module) => module.alipayMarketingCardDelete) },
);

/**
 * `alipay.offline.material.image.upload`, hand-written: upload an image (a multipart request), get its image_id.
 *
 * @example
 * ```ts
 * const { image_id } = await alipay.execute(alipayOfflineMaterialImageUpload, { image_type: 'png', image_name: 'logo', image_content: bytes });
 * ```
 */
export const alipayOfflineMaterialImageUpload: ApiDefinition<'alipay.offline.material.image.upload', ImageUploadRequest, ImageUploadResult, AlipayOfflineMaterialImageUploadErrorCode> = /* @__PURE__ */ defineApi(
  'alipay.offline.material.image.upload',
  ImageUploadRequestSchema,
  ImageUploadResponseSchema,
  {
    shape: multipartShape(['image_content']),
    v3: v3Route('alipay.offline.material.image.upload', 'POST', { body: 'multipart', files: ['image_content'], data: true }),
    described: () => import('./generated/operations/alipay-offline-material-image-upload.ts').then((module) => module.alipayOfflineMaterialImageUpload) },
);

/** The APIs loaded on demand, by method name. */
export const onDemandApis = {
  'alipay.system.oauth.token': alipaySystemOauthToken,
  'alipay.marketing.card.template.create': alipayMarketingCardTemplateCreate,
  'alipay.marketing.card.template.modify': alipayMarketingCardTemplateModify,
  'alipay.marketing.card.template.query': alipayMarketingCardTemplateQuery,
  'alipay.marketing.card.formtemplate.set': alipayMarketingCardFormtemplateSet,
  'alipay.marketing.card.activateurl.apply': alipayMarketingCardActivateurlApply,
  'alipay.marketing.card.open': alipayMarketingCardOpen,
  'alipay.marketing.card.update': alipayMarketingCardUpdate,
  'alipay.marketing.card.delete': alipayMarketingCardDelete,
  'alipay.offline.material.image.upload': alipayOfflineMaterialImageUpload,
} as const;
