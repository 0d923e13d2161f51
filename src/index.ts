// alipay-edge: what an application uses. Named exports only. The building blocks of a call are in
// alipay-edge/protocol; XML parsing, certificates, AES and the schemas of the card journey have
// their own entries (the client loads them itself when needed).
export { AlipayClient } from './client.ts';
export { DEFAULT_TIMEOUT_MS } from './client/options.ts';
export type { AlipayClientConfig, RequestEvent, ResponseEvent, ResponseFormat } from './client/options.ts';
export type { XmlSupport } from './client/answer.ts';
export type { BizContent, ExecuteOptions, GenericExecuteOptions, ResponseNode, UnknownMethod } from './client/call-options.ts';
export type { RequestOptions, RequestResult } from './client/call-v3.ts';
export type { PageExecuteOptions, SdkExecuteOptions } from './client/page.ts';
export { DEFAULT_MAX_RETRIES, isRetryable } from './client/retry.ts';
export type { RetryBackoff } from './client/retry.ts';
export { AlipayApiError, AlipayError } from './errors.ts';
export type { AlipayApiErrorInit, AlipayErrorCode, AlipayErrorOptions, ApiErrorLinks, GatewayErrorCode } from './errors.ts';
export { GATEWAY_URL, SANDBOX_GATEWAY_URL } from './protocol/request.ts';
export { SANDBOX_V3_ENDPOINT, V3_ENDPOINT } from './protocol/v3/endpoints.ts';
export type { SignType } from './crypto/keys.ts';
export type { Charset } from './encoding/charset.ts';

// Notifications (notify_url POSTs and return_url queries).
export { verifyNotify } from './notify.ts';
export type { NotifyParams, VerifyNotifyOptions } from './protocol/notify.ts';

// The membership-card activation flow.
export { completeActivation, parseActivationCallback } from './activation.ts';
export type { ActivationCallback, ActivationCardUser, ActivationResult, CompleteActivationOptions } from './activation.ts';

// The typed APIs: the two card queries' schemas and types; the journey APIs' types (their schemas
// are in alipay-edge/schemas, loaded by the client on first use).
export { CardQueryRequestSchema, CardQueryResponseSchema } from './apis/card-query.ts';
export type { CardQueryRequest, CardQueryResult } from './apis/card-query.ts';
export { ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema } from './apis/card-activateform-query.ts';
export type { ActivateFormQueryRequest, ActivateFormQueryResult } from './apis/card-activateform-query.ts';
export type { OauthTokenRequest, OauthTokenResult } from './apis/oauth-token.ts';
export type { TemplateCreateRequest, TemplateCreateResult, TemplateModifyRequest, TemplateModifyResult, TemplateQueryRequest, TemplateQueryResult } from './apis/card-template.ts';
export type { ActivateUrlApplyRequest, ActivateUrlApplyResult, FormField, FormTemplateSetRequest, FormTemplateSetResult } from './apis/card-form.ts';
export type { CardDeleteRequest, CardDeleteResult, CardOpenRequest, CardOpenResult, CardUpdateRequest, CardUpdateResult } from './apis/card-lifecycle.ts';
export type { ImageUploadRequest, ImageUploadResult } from './apis/image-upload.ts';
export type { AppPayRequest, PageMethod, PagePayRequest, PayRequest, SdkMethod, WapPayRequest } from './apis/trade-pay.ts';
export type { ApiErrorCode, ApiRequest, ApiResult, Catalogue, Known, KnownMethod, RequestOf, ResultOf } from './apis/registry.ts';
export type { ApiDefinition, ErrorCodeOfApi, HttpVerb, RequestOfApi, ResultOfApi, V3Route, WireRequest } from './apis/definition.ts';
export type { FilePart } from './apis/route.ts';
export type { Executable, ExecuteArgs, ExecuteResult, RequestArgs } from './client.ts';

// Methods outside the catalogue (newer than the description it was generated from), called explicitly.
export { untyped } from './apis/untyped.ts';
export type { UntypedApi } from './apis/untyped.ts';
