import { expectString } from '../guard.ts';
import { maskTokens as mask } from './mask.ts';

// Turning `isv.invalid-signature` into a one-line diagnosis. The gateway echoes the sign content
// it computed, HTML-escaped, in `sub_msg`; comparing it with what the client signed shows at once
// whether a parameter was altered on the way or the keys do not match.

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'", '#39': "'" };

/**
 * Undoes the HTML escaping the gateway applies to text it echoes (`&amp;`, `&quot;`, numeric
 * entities).
 *
 * @example
 * ```ts
 * unescapeHtml('a=1&amp;b=&quot;x&quot;'); // 'a=1&b="x"'
 * ```
 */
export function unescapeHtml(text: string): string {
  return expectString(text, 'text').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (match, entity: string) => {
    const lower = entity.toLowerCase();
    if (lower.startsWith('#x')) return safeCodePoint(Number.parseInt(lower.slice(2), 16), match);
    if (lower.startsWith('#')) return ENTITIES[lower] ?? safeCodePoint(Number.parseInt(lower.slice(1), 10), match);
    return ENTITIES[lower] ?? match;
  });
}

function safeCodePoint(code: number, fallback: string): string {
  return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

/**
 * The sign content the gateway echoes after its Chinese or English lead-in, if any.
 *
 * @example
 * ```ts
 * gatewaySignContent('验签出错，建议检查签名字符串或签名私钥与应用公钥是否匹配，网关生成的验签字符串为：app_id=…');
 * // 'app_id=…'
 * ```
 */
export function gatewaySignContent(subMsg: string): string | undefined {
  expectString(subMsg, 'subMsg');
  const markers = ['验签字符串为：', '验签字符串为:', 'sign content is:', 'signContent:'];
  for (const marker of markers) {
    const at = subMsg.indexOf(marker);
    if (at >= 0) return unescapeHtml(subMsg.slice(at + marker.length).trim());
  }
  return undefined;
}


function window(text: string, at: number): string {
  const start = Math.max(0, at - 24);
  const slice = mask(text).slice(start, at + 24);
  return JSON.stringify(`${start > 0 ? '…' : ''}${slice}${at + 24 < text.length ? '…' : ''}`);
}

/**
 * Explains an `isv.invalid-signature` answer by comparing the gateway's echoed sign content with
 * the content the client signed. Returns `undefined` when the answer echoes nothing usable.
 *
 * @example
 * ```ts
 * diagnoseInvalidSignature(err.subMsg, signContentSent);
 * // 'The gateway signed a different string: first difference at character 97: gateway "…", client "…".'
 * ```
 */
export function diagnoseInvalidSignature(subMsg: string | undefined, clientContent: string): string | undefined {
  expectString(clientContent, 'clientContent');
  // The echo comes from an answer that may be unsigned: anything but text explains nothing.
  if (typeof subMsg !== 'string' || subMsg === '') return undefined;
  const gateway = gatewaySignContent(subMsg);
  if (gateway === undefined) return undefined;
  if (gateway === clientContent) {
    return (
      'The gateway computed the same sign content as the client, so the signature itself is wrong: ' +
      'the private key does not match the app public key uploaded to the Alipay console (or the sign type differs).'
    );
  }
  let at = 0;
  while (at < gateway.length && at < clientContent.length && gateway[at] === clientContent[at]) at++;
  return (
    `The gateway signed a different string than the client: first difference at character ${at}: ` +
    `gateway ${window(gateway, at)}, client ${window(clientContent, at)}. ` +
    'A proxy or the HTTP layer changed a parameter, or a parameter was empty on one side.'
  );
}
