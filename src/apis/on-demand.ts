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
import { type ApiDefinition, DELETE_QUERY, GET_QUERY, type TypedApiDefinition, defineApi } from './definition.ts';
import { asParams, multipart } from './wire.ts';
import { ImageUploadRequestSchema, ImageUploadResponseSchema } from './image-upload.ts';
import { OauthTokenRequestSchema, OauthTokenResponseSchema } from './oauth-token.ts';

/** The APIs loaded on demand, by method name. */
export const onDemandApis: {
  'alipay.system.oauth.token': TypedApiDefinition<typeof OauthTokenRequestSchema, typeof OauthTokenResponseSchema>;
  'alipay.marketing.card.template.create': TypedApiDefinition<typeof TemplateCreateRequestSchema, typeof TemplateCreateResponseSchema>;
  'alipay.marketing.card.template.modify': TypedApiDefinition<typeof TemplateModifyRequestSchema, typeof TemplateModifyResponseSchema>;
  'alipay.marketing.card.template.query': TypedApiDefinition<typeof TemplateQueryRequestSchema, typeof TemplateQueryResponseSchema>;
  'alipay.marketing.card.formtemplate.set': TypedApiDefinition<typeof FormTemplateSetRequestSchema, typeof FormTemplateSetResponseSchema>;
  'alipay.marketing.card.activateurl.apply': TypedApiDefinition<typeof ActivateUrlApplyRequestSchema, typeof ActivateUrlApplyResponseSchema>;
  'alipay.marketing.card.open': TypedApiDefinition<typeof CardOpenRequestSchema, typeof CardOpenResponseSchema>;
  'alipay.marketing.card.update': TypedApiDefinition<typeof CardUpdateRequestSchema, typeof CardUpdateResponseSchema>;
  'alipay.marketing.card.delete': TypedApiDefinition<typeof CardDeleteRequestSchema, typeof CardDeleteResponseSchema>;
  'alipay.offline.material.image.upload': TypedApiDefinition<typeof ImageUploadRequestSchema, typeof ImageUploadResponseSchema>;
} = {
  'alipay.system.oauth.token': defineApi(OauthTokenRequestSchema, OauthTokenResponseSchema, { shape: asParams }),
  'alipay.marketing.card.template.create': defineApi(TemplateCreateRequestSchema, TemplateCreateResponseSchema),
  'alipay.marketing.card.template.modify': defineApi(TemplateModifyRequestSchema, TemplateModifyResponseSchema),
  'alipay.marketing.card.template.query': defineApi(TemplateQueryRequestSchema, TemplateQueryResponseSchema, { v3: GET_QUERY }),
  'alipay.marketing.card.formtemplate.set': defineApi(FormTemplateSetRequestSchema, FormTemplateSetResponseSchema),
  'alipay.marketing.card.activateurl.apply': defineApi(ActivateUrlApplyRequestSchema, ActivateUrlApplyResponseSchema),
  'alipay.marketing.card.open': defineApi(CardOpenRequestSchema, CardOpenResponseSchema),
  'alipay.marketing.card.update': defineApi(CardUpdateRequestSchema, CardUpdateResponseSchema),
  'alipay.marketing.card.delete': defineApi(CardDeleteRequestSchema, CardDeleteResponseSchema, { v3: DELETE_QUERY }),
  'alipay.offline.material.image.upload': defineApi(ImageUploadRequestSchema, ImageUploadResponseSchema, { shape: multipart('image_content', (fields) => `${fields.image_name}.${fields.image_type}`) }),
} satisfies Record<string, ApiDefinition>;
