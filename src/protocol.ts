// alipay-edge/protocol: the building blocks of a call, for people with their own HTTP stack —
// keys, sign content, signing, request encoding, the signed span of an answer and its
// verification, gateway errors, notifications and charsets. The client composes these; an
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
export { isErrorNode, toApiError } from './protocol/api-error.ts';
export type { ApiErrorContext } from './protocol/api-error.ts';
export { verifyNotify } from './protocol/notify.ts';
export type { NotifyParams, VerifyNotifyOptions } from './protocol/notify.ts';
export { decodeForm, encodeForm, encoderFor, loadGbk, normaliseCharset } from './encoding/charset.ts';
export type { Charset } from './encoding/charset.ts';
