// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type ApiDefinition, operation } from '../../operation.ts';
import { multipartShape } from '../../wire.ts';

/**
 * The request of `alipay.open.public.life.msg.send` (POST /v3/alipay/open/public/life/msg/send: multipart: a `data` part and file parts `cover`).
 *
 * @example
 * ```ts
 * const request: AlipayOpenPublicLifeMsgSendRequest = { category: '…', content: '…' };
 * ```
 */
export interface AlipayOpenPublicLifeMsgSendRequest {
  category?: string;
  content?: string;
  desc?: string;
  msg_type?: string;
  source_ext_info?: string;
  title?: string;
  unique_msg_id?: string;
  video_length?: string;
  video_samples?: string[];
  video_size?: string;
  video_source?: string;
  video_temporary_url?: string;
  video_url?: string;
  /** A file part: bytes or a Blob (a File keeps its name). */
  cover?: Blob | Uint8Array;
}

/**
 * The result of `alipay.open.public.life.msg.send`: the verified answer (v3: its body; v2: its response node).
 *
 * @example
 * ```ts
 * function use(result: AlipayOpenPublicLifeMsgSendResult) {
 *   return result;
 * }
 * ```
 */
export interface AlipayOpenPublicLifeMsgSendResult {
  alipay_msg_id?: string;
}

/**
 * The error codes of `alipay.open.public.life.msg.send` from its error model: an AlipayApiError's `subCode` over v2, its `code` over v3.
 *
 * @example
 * ```ts
 * const code: AlipayOpenPublicLifeMsgSendErrorCode = "ILLEGAL_BIZ_PARAMS";
 * ```
 */
export type AlipayOpenPublicLifeMsgSendErrorCode = "ILLEGAL_BIZ_PARAMS" | "LIFE_APP_NOT_EXISTED" | "INVALID_LIFE_APP_MSG_TYPE" | "LIFE_APP_MSG_TITLE_EMPTY" | "LIFE_APP_COVER_UPLOAD_ERROR" | "LIFE_APP_VIDEIO_INFO_MISSED" | "LIFE_APP_MSG_CONTENT_EMPTY" | "LIFE_APP_MSG_RAW_URL_EMPTY" | "LIFE_APP_MSG_CATEGORY_EMPTY" | "LIFE_APP_FILE_TOO_LARGE" | "LIFE_APP_INVALID_IMAGE_BYTES" | "LIFE_APP_MSG_CONTENT_ILLEGAL" | "LIFE_APP_MSG_SEND_ERROR" | "LIFE_APP_MSG_DESC_EMPTY" | "LIFE_APP_MSG_TITLE_TOO_LONG" | "LIFE_APP_VIDEO_SOURCE_NOT_EXIST" | "LIFE_APP_VIDEO_LENGTH_NOT_RIGHT" | "LIFE_MSG_VIDEO_SAMPLES_MISSING" | "LIFE_APP_VIDEO_LACK_TEMP_URL";

/**
 * `alipay.open.public.life.msg.send`: POST /v3/alipay/open/public/life/msg/send over v3 (multipart: a `data` part and file parts `cover`); over v2 the gateway's `biz_content` (a multipart upload: fields as parameters, files as parts).
 *
 * @example
 * ```ts
 * import { alipayOpenPublicLifeMsgSend } from 'alipay-edge/apis';
 * 
 * const result = await alipay.execute(alipayOpenPublicLifeMsgSend, { category: '…', content: '…' });
 * ```
 */
export const alipayOpenPublicLifeMsgSend: ApiDefinition<"alipay.open.public.life.msg.send", AlipayOpenPublicLifeMsgSendRequest, AlipayOpenPublicLifeMsgSendResult, AlipayOpenPublicLifeMsgSendErrorCode> = /* @__PURE__ */ operation(
  "alipay.open.public.life.msg.send",
  { verb: 'POST', body: 'multipart', files: ["cover"], data: true },
  () => ({ category: 0, content: 0, desc: 0, msg_type: 0, source_ext_info: 0, title: 0, unique_msg_id: 0, video_length: 0, video_samples: [0], video_size: 0, video_source: 0, video_temporary_url: 0, video_url: 0, cover: 3 }),
  () => ({ alipay_msg_id: 0 }),
  /* @__PURE__ */ multipartShape(["cover"]),
);
