// The APIs the client knows by name: request schemas (checked before anything is signed),
// response schemas, and where each request's fields travel. `execute` is typed from this table;
// any other method name takes the generic path.
import * as v from 'valibot';
import { ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema } from './card-activateform-query.ts';
import { ActivateUrlApplyRequestSchema, ActivateUrlApplyResponseSchema, FormTemplateSetRequestSchema, FormTemplateSetResponseSchema } from './card-form.ts';
import {
  CardDeleteRequestSchema,
  CardDeleteResponseSchema,
  CardOpenRequestSchema,
  CardOpenResponseSchema,
  CardUpdateRequestSchema,
  CardUpdateResponseSchema,
} from './card-lifecycle.ts';
import { CardQueryRequestSchema, CardQueryResponseSchema } from './card-query.ts';
import {
  TemplateCreateRequestSchema,
  TemplateCreateResponseSchema,
  TemplateModifyRequestSchema,
  TemplateModifyResponseSchema,
  TemplateQueryRequestSchema,
  TemplateQueryResponseSchema,
} from './card-template.ts';
import { ImageUploadRequestSchema, ImageUploadResponseSchema } from './image-upload.ts';
import { OauthTokenRequestSchema, OauthTokenResponseSchema } from './oauth-token.ts';

/**
 * Where a request's fields go: `biz_content` (JSON, the usual), top-level `params` (OAuth), or a
 * `multipart` body whose file part is not signed (image upload).
 *
 * @example
 * ```ts
 * apis['alipay.system.oauth.token'].transport; // 'params'
 * ```
 */
export type Transport = 'biz_content' | 'params' | 'multipart';

interface ApiDefinition {
  request: v.GenericSchema;
  response: v.GenericSchema;
  transport: Transport;
}

const api = <Q extends v.GenericSchema, R extends v.GenericSchema>(request: Q, response: R, transport: Transport = 'biz_content') => ({ request, response, transport });

/**
 * The known APIs.
 *
 * @example
 * ```ts
 * v.parse(apis['alipay.marketing.card.query'].response, node);
 * ```
 */
export const apis = {
  'alipay.marketing.card.query': api(CardQueryRequestSchema, CardQueryResponseSchema),
  'alipay.marketing.card.activateform.query': api(ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema),
  'alipay.system.oauth.token': api(OauthTokenRequestSchema, OauthTokenResponseSchema, 'params'),
  'alipay.marketing.card.template.create': api(TemplateCreateRequestSchema, TemplateCreateResponseSchema),
  'alipay.marketing.card.template.modify': api(TemplateModifyRequestSchema, TemplateModifyResponseSchema),
  'alipay.marketing.card.template.query': api(TemplateQueryRequestSchema, TemplateQueryResponseSchema),
  'alipay.marketing.card.formtemplate.set': api(FormTemplateSetRequestSchema, FormTemplateSetResponseSchema),
  'alipay.marketing.card.activateurl.apply': api(ActivateUrlApplyRequestSchema, ActivateUrlApplyResponseSchema),
  'alipay.marketing.card.open': api(CardOpenRequestSchema, CardOpenResponseSchema),
  'alipay.marketing.card.update': api(CardUpdateRequestSchema, CardUpdateResponseSchema),
  'alipay.marketing.card.delete': api(CardDeleteRequestSchema, CardDeleteResponseSchema),
  'alipay.offline.material.image.upload': api(ImageUploadRequestSchema, ImageUploadResponseSchema, 'multipart'),
} satisfies Record<string, ApiDefinition>;

/**
 * Method names `execute` knows and types.
 *
 * @example
 * ```ts
 * const method: KnownMethod = 'alipay.marketing.card.query';
 * ```
 */
export type KnownMethod = keyof typeof apis;

/**
 * The request type of a known method (its `biz_content`, or its top-level or multipart params).
 *
 * @example
 * ```ts
 * const biz: ApiRequest<'alipay.marketing.card.query'> = { target_card_no_type: 'BIZ_CARD', target_card_no: '000001' };
 * ```
 */
export type ApiRequest<M extends KnownMethod> = v.InferInput<(typeof apis)[M]['request']>;

/**
 * Result type of a known method.
 *
 * @example
 * ```ts
 * function balance(card: ApiResult<'alipay.marketing.card.query'>) { return card.card_info.balance; }
 * ```
 */
export type ApiResult<M extends KnownMethod> = v.InferOutput<(typeof apis)[M]['response']>;

/**
 * Whether `method` is one `execute` knows.
 *
 * @example
 * ```ts
 * isKnownMethod('alipay.marketing.card.query'); // true
 * ```
 */
export function isKnownMethod(method: string): method is KnownMethod {
  return Object.hasOwn(apis, method);
}
