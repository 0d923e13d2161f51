// alipay-edge/protocol: the building blocks of a call, for people with their own HTTP stack —
// keys, sign content, signing, request encoding, the signed span of an answer and its
// verification, gateway errors, notifications and charsets, for v2 and OpenAPI v3. The client composes these; an
// application that uses AlipayClient never needs this entry.
export { importPrivateKey, importPublicKey, parsePrivateKey, parsePublicKey } from './crypto/keys.ts';
export type { ParsedKey, SignType } from './crypto/keys.ts';
export { signContent, verifyContent } from './crypto/sign.ts';
export { buildSignContent } from './protocol/sign-content.ts';
export type { ParamValue, ParamsInput, SignContentOptions } from './protocol/sign-content.ts';
export { chinaTimestamp } from './protocol/timestamp.ts';
export { buildRequestParams, encodeRequest } from './protocol/request.ts';
export type { EncodedRequest, MultipartPart, RequestInput } from './protocol/request.ts';
export { extractJsonSpan, responseNodeName } from './protocol/json-span.ts';
export type { SignedSpan } from './protocol/json-span.ts';
export { verifySignedSpan } from './protocol/verify-response.ts';
export { isErrorNode } from './protocol/api-error.ts';
export { toApiError } from './protocol/to-api-error.ts';
export type { ApiErrorContext } from './protocol/to-api-error.ts';
export { verifyNotify } from './protocol/notify.ts';
export type { NotifyParams, VerifyNotifyOptions } from './protocol/notify.ts';
export { encodeForm, encoderFor, loadGbk, normaliseCharset } from './encoding/charset.ts';
export { decodeForm } from './encoding/form.ts';
export type { Charset } from './encoding/charset.ts';

// OpenAPI v3: the request's auth string and sign content, the answer's signature headers.
export { V3_SCHEME, buildV3Request, v3Authorization, v3Path } from './protocol/v3/request.ts';
export type { V3RequestInput, V3SignedRequest } from './protocol/v3/request.ts';
export { DEFAULT_CLOCK_SKEW_MS, readV3Signature, verifyV3Answer } from './protocol/v3/verify.ts';
export type { V3Answer, V3AnswerSignature, V3VerifyOptions } from './protocol/v3/verify.ts';
export { isV3ErrorAnswer, v3ApiError } from './protocol/v3/answer.ts';
export { encodeV3Multipart } from './protocol/v3/multipart.ts';
export type { FilePart } from './protocol/v3/multipart.ts';
