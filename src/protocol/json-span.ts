// Finding the signed span of a JSON gateway answer. The signature covers the node's value exactly
// as received, so the node is located by scanning the raw text, never by re-serialising parsed
// JSON (escaped `\/`, `\u` escapes, key order and spacing would all change it). The scan only
// looks at top-level members: a `"…_response"` inside a string or a nested object cannot fool it.
import { AlipayError } from '../errors.ts';
import { excerpt, expectString } from '../guard.ts';
import { rememberMembers, skipString } from '../encoding/json.ts';

/**
 * The signed part of a gateway answer and the top-level members that sign it.
 *
 * @example
 * ```ts
 * const span: SignedSpan = extractJsonSpan(body, 'alipay.marketing.card.query');
 * span.content; span.sign; span.certSn;
 * ```
 */
export interface SignedSpan {
  /** The node's key: `<method with dots as underscores>_response`, or `error_response`. */
  node: string;
  /** The node's value as raw text, exactly as received: the text the signature covers. */
  content: string;
  /** `object` for a plain node; `string` for an AES-encrypted node (a quoted base64 string). */
  kind: 'object' | 'string';
  /** The top-level `sign`, when present. */
  sign?: string;
  /** The top-level `alipay_cert_sn` (certificate mode), when present. */
  certSn?: string;
}

/**
 * The name of a method's response node: dots become underscores, plus `_response`.
 *
 * @example
 * ```ts
 * responseNodeName('alipay.marketing.card.query'); // 'alipay_marketing_card_query_response'
 * ```
 */
export function responseNodeName(method: string): string {
  return `${expectString(method, 'method').replaceAll('.', '_')}_response`;
}

export const ERROR_NODE = 'error_response';

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const CONTROL = /[\u0000-\u001f]/;

function malformed(reason: string): AlipayError {
  return new AlipayError('ERR_RESPONSE_MALFORMED', `The gateway answer is not well-formed: ${reason}.`);
}

function skipWs(text: string, i: number): number {
  while (WS.has(text.charCodeAt(i))) i++;
  return i;
}

/**
 * From the first character of a value to just past it. Objects and arrays are skipped by
 * bracket matching outside strings; their content is validated afterwards by `JSON.parse`.
 */
function skipValue(text: string, i: number, counted?: { members: number }): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return skipString(text, i);
  if (c === 0x7b || c === 0x5b) {
    const stack: number[] = [];
    // The colons outside strings: the members of the value once it parses (see encoding/json.ts).
    let members = 0;
    for (let j = i; j < text.length; ) {
      const d = text.charCodeAt(j);
      if (d === 0x22) {
        j = skipString(text, j);
        continue;
      }
      if (d === 0x7b || d === 0x5b) stack.push(d + 2); // '{'+2 = '}', '['+2 = ']'
      else if (d === 0x7d || d === 0x5d) {
        if (stack.pop() !== d) throw malformed('brackets do not match');
        if (stack.length === 0) {
          if (counted) counted.members = members;
          return j + 1;
        }
      } else if (d === 0x3a) members++;
      j++;
    }
    throw malformed('the body ends inside an object or array (truncated?)');
  }
  const literal = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
  literal.lastIndex = i;
  if (literal.test(text)) return literal.lastIndex;
  throw malformed(i >= text.length ? 'the body ends where a value should be (truncated?)' : `unexpected character at offset ${i}`);
}

function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw malformed('a value is not valid JSON');
  }
}

function stringMember(name: string, raw: string): string {
  const value = parseJsonText(raw);
  if (typeof value !== 'string') throw malformed(`"${name}" is not a string`);
  return value;
}

/**
 * Extracts the signed span of a JSON gateway answer for `method`: the raw value of the
 * `<method>_response` node (or of `error_response`), plus the top-level `sign` and
 * `alipay_cert_sn`.
 *
 * @throws AlipayError `ERR_RESPONSE_MALFORMED` when the body is not a JSON object, is truncated,
 * has no response node, has the node (or `sign`) twice, or has both the node and `error_response`.
 * @example
 * ```ts
 * const span = extractJsonSpan(body, 'alipay.marketing.card.query');
 * const ok = await verifySignedSpan(span, alipayPublicKey);
 * ```
 */
export function extractJsonSpan(body: string, method: string): SignedSpan {
  expectString(body, 'body');
  const nodeName = responseNodeName(method);
  let i = skipWs(body, 0);
  if (body.charCodeAt(i) !== 0x7b) {
    throw body.trim() === '' ? malformed('the body is empty') : malformed(`the body is not a JSON object (it starts with ${excerpt(body)})`);
  }
  let node: { name: string; start: number; end: number } | undefined;
  let sign: string | undefined;
  let certSn: string | undefined;
  const counted = { members: 0 };
  const seen = new Set<string>();
  i = skipWs(body, i + 1);
  // Members until the closing brace; `i` ends on it.
  for (let empty = body.charCodeAt(i) === 0x7d; !empty; ) {
    if (body.charCodeAt(i) !== 0x22) throw malformed(i >= body.length ? 'the body is truncated' : `expected a member name at offset ${i}`);
    const keyEnd = skipString(body, i);
    const rawKey = body.slice(i, keyEnd);
    // JSON.parse checks what the scan does not: escapes, and raw control characters (not JSON).
    const key = rawKey.includes('\\') || CONTROL.test(rawKey) ? (parseJsonText(rawKey) as string) : rawKey.slice(1, -1);
    i = skipWs(body, keyEnd);
    if (body.charCodeAt(i) !== 0x3a) throw malformed(`expected ":" at offset ${i}`);
    const valueStart = skipWs(body, i + 1);
    const isNode = key === nodeName || key === ERROR_NODE;
    const valueEnd = skipValue(body, valueStart, isNode ? counted : undefined);
    if (seen.has(key) && (key === nodeName || key === ERROR_NODE || key === 'sign' || key === 'alipay_cert_sn')) {
      throw malformed(`"${key}" appears twice`);
    }
    seen.add(key);
    const raw = body.slice(valueStart, valueEnd);
    if (key === nodeName || key === ERROR_NODE) {
      if (node) throw malformed(`it has both "${node.name}" and "${key}"`);
      node = { name: key, start: valueStart, end: valueEnd };
    } else if (key === 'sign') sign = stringMember(key, raw);
    else if (key === 'alipay_cert_sn') certSn = stringMember(key, raw);
    else parseJsonText(raw); // other members: only checked to be JSON
    i = skipWs(body, valueEnd);
    const c = body.charCodeAt(i);
    if (c === 0x2c) {
      i = skipWs(body, i + 1);
      if (body.charCodeAt(i) === 0x7d) throw malformed(`trailing comma at offset ${i}`);
    } else if (c === 0x7d) break;
    else throw malformed(i >= body.length ? 'the body is truncated' : `expected "," or "}" at offset ${i}`);
  }
  const end = skipWs(body, i + 1);
  if (end !== body.length) throw malformed(`unexpected text after the top-level object at offset ${end}`);
  if (!node) throw malformed(`it has neither "${nodeName}" nor "${ERROR_NODE}"`);
  const first = body.charCodeAt(node.start);
  if (first !== 0x7b && first !== 0x22) throw malformed(`"${node.name}" is neither an object nor an encrypted string`);
  const span: SignedSpan = { node: node.name, content: body.slice(node.start, node.end), kind: first === 0x7b ? 'object' : 'string' };
  // Counted on the way: parsing this very text need not count its members again.
  if (first === 0x7b) rememberMembers(span.content, counted.members);
  if (sign !== undefined) span.sign = sign;
  if (certSn !== undefined) span.certSn = certSn;
  return span;
}
