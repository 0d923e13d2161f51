// The card journey's APIs, loaded on demand: with the first call to one of them, so that an app
// that only queries cards does not bundle (with code splitting) or evaluate their schemas.
import { ActivateUrlApplyRequestSchema, ActivateUrlApplyResponseSchema, FormTemplateSetRequestSchema, FormTemplateSetResponseSchema } from './card-form.ts';
import {
  CardDeleteRequestSchema,
  CardDeleteResponseSchema,
  CardOpenRequestSchema,
  CardOpenResponseSchema,
  CardUpdateRequestSchema,
  CardUpdateResponseSchema,
} from './card-lifecycle.ts';
import {
  TemplateCreateRequestSchema,
  TemplateCreateResponseSchema,
  TemplateModifyRequestSchema,
  TemplateModifyResponseSchema,
  TemplateQueryRequestSchema,
  TemplateQueryResponseSchema,
} from './card-template.ts';
import { type ApiDefinition, DELETE_QUERY, GET_QUERY, api, asParams, multipart } from './definition.ts';
import { ImageUploadRequestSchema, ImageUploadResponseSchema } from './image-upload.ts';
import { OauthTokenRequestSchema, OauthTokenResponseSchema } from './oauth-token.ts';

/** The APIs loaded on demand, by method name. */
export const onDemandApis = {
  'alipay.system.oauth.token': api(OauthTokenRequestSchema, OauthTokenResponseSchema, { shape: asParams }),
  'alipay.marketing.card.template.create': api(TemplateCreateRequestSchema, TemplateCreateResponseSchema),
  'alipay.marketing.card.template.modify': api(TemplateModifyRequestSchema, TemplateModifyResponseSchema),
  'alipay.marketing.card.template.query': api(TemplateQueryRequestSchema, TemplateQueryResponseSchema, { v3: GET_QUERY }),
  'alipay.marketing.card.formtemplate.set': api(FormTemplateSetRequestSchema, FormTemplateSetResponseSchema),
  'alipay.marketing.card.activateurl.apply': api(ActivateUrlApplyRequestSchema, ActivateUrlApplyResponseSchema),
  'alipay.marketing.card.open': api(CardOpenRequestSchema, CardOpenResponseSchema),
  'alipay.marketing.card.update': api(CardUpdateRequestSchema, CardUpdateResponseSchema),
  'alipay.marketing.card.delete': api(CardDeleteRequestSchema, CardDeleteResponseSchema, { v3: DELETE_QUERY }),
  'alipay.offline.material.image.upload': api(ImageUploadRequestSchema, ImageUploadResponseSchema, { shape: multipart('image_content', (fields) => `${fields.image_name}.${fields.image_type}`) }),
} satisfies Record<string, ApiDefinition>;
