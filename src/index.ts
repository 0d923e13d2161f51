// The public surface of alipay-edge. Named exports only.
export { AlipayClient, DEFAULT_TIMEOUT_MS } from './client.ts';
export { DEFAULT_MAX_RETRIES, RETRIED_BY_DEFAULT, backoffDelay, isRetryable } from './retry.ts';
export type { RetryBackoff } from './retry.ts';
export type { RequestEvent, ResponseEvent } from './client.ts';
export type { AlipayClientConfig, BizContent, ExecuteOptions, GenericExecuteOptions, ResponseFormat, ResponseNode, UnknownMethod } from './client.ts';
export { AlipayApiError, AlipayError } from './errors.ts';
export type { AlipayApiErrorInit, AlipayErrorCode, AlipayErrorOptions, GatewayErrorCode } from './errors.ts';

// Building blocks, for people with their own HTTP stack.
export { importPrivateKey, importPublicKey, parsePrivateKey, parsePublicKey } from './crypto/keys.ts';
export type { ParsedKey, SignType } from './crypto/keys.ts';
export { signContent, verifyContent } from './crypto/sign.ts';
export { buildSignContent } from './protocol/sign-content.ts';
export type { ParamValue, ParamsInput, SignContentOptions } from './protocol/sign-content.ts';
export { chinaTimestamp } from './protocol/timestamp.ts';
export { GATEWAY_URL, SANDBOX_GATEWAY_URL, buildRequestParams, encodeRequest } from './protocol/request.ts';
export type { EncodedRequest, MultipartPart, RequestInput } from './protocol/request.ts';
export { extractJsonSpan, responseNodeName } from './protocol/json-span.ts';
export type { SignedSpan } from './protocol/json-span.ts';
export { verifySignedSpan } from './protocol/verify-response.ts';
export { isErrorNode, toApiError } from './protocol/api-error.ts';
export type { ApiErrorContext } from './protocol/api-error.ts';
export { maskTokens } from './protocol/mask.ts';
export { verifyNotify } from './protocol/notify.ts';
export type { NotifyParams, VerifyNotifyOptions } from './protocol/notify.ts';
export { decodeForm, encodeForm, encoderFor, loadGbk, normaliseCharset } from './protocol/charset.ts';
export type { Charset } from './protocol/charset.ts';
// AES and the invalid-signature diagnosis: alipay-edge/tools (the client loads them on demand).
// Certificates (X.509, SNs, chains): alipay-edge/cert. Kept out of this entry so that users of
// public-key mode do not bundle X.509 parsing and MD5.

// The membership-card activation flow.
export { completeActivation, parseActivationCallback } from './activation.ts';
export type { ActivationCallback, ActivationCardUser, ActivationResult, CompleteActivationOptions } from './activation.ts';

// The typed APIs.
export { CardQueryRequestSchema, CardQueryResponseSchema } from './apis/card-query.ts';
export type { CardQueryRequest, CardQueryResult } from './apis/card-query.ts';
export { ActivateFormQueryRequestSchema, ActivateFormQueryResponseSchema } from './apis/card-activateform-query.ts';
export type { ActivateFormQueryRequest, ActivateFormQueryResult } from './apis/card-activateform-query.ts';
// The journey APIs' schemas are in alipay-edge/schemas (the client loads them on first use); their
// types are here.
export type { OauthTokenRequest, OauthTokenResult } from './apis/oauth-token.ts';
export type { TemplateCreateRequest, TemplateCreateResult, TemplateModifyRequest, TemplateModifyResult, TemplateQueryRequest, TemplateQueryResult } from './apis/card-template.ts';
export type { ActivateUrlApplyRequest, ActivateUrlApplyResult, FormField, FormTemplateSetRequest, FormTemplateSetResult } from './apis/card-form.ts';
export type { CardDeleteRequest, CardDeleteResult, CardOpenRequest, CardOpenResult, CardUpdateRequest, CardUpdateResult } from './apis/card-lifecycle.ts';
export type { ImageUploadRequest, ImageUploadResult } from './apis/image-upload.ts';
export { apiDefinition, isKnownMethod } from './apis/registry.ts';
export type { ApiDefinition, ApiRequest, ApiResult, KnownMethod, Transport } from './apis/registry.ts';
