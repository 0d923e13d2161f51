// XML gateway answers: finding the signed span structurally and parsing the verified text with
// fast-xml-parser. This module is loaded on demand (a dynamic import from the client), so users
// who only read JSON never load — or, with code splitting, never bundle — the XML parser.
import { XMLParser } from 'fast-xml-parser';
import { AlipayError } from '../errors.ts';
import { expectString } from '../guard.ts';
import { ERROR_NODE, type SignedSpan, responseNodeName } from './json-span.ts';

/** Deeper nesting than any gateway answer has is refused (and keeps the scan's stack small). */
const MAX_DEPTH = 64;
const NAME = /[A-Za-z_:][\w.:-]*/y;
const WS = /[ \t\r\n]*/y;

function malformed(reason: string): AlipayError {
  return new AlipayError('ERR_RESPONSE_MALFORMED', `The XML gateway answer is not well-formed: ${reason}.`);
}

/** An element directly inside the envelope (or the bare root): where its parts are. */
interface EnvelopeElement {
  name: string;
  tagStart: number;
  contentStart: number;
  closeStart: number;
  end: number;
  hasChildren: boolean;
}

function skipWs(body: string, at: number): number {
  WS.lastIndex = at;
  WS.test(body);
  return WS.lastIndex;
}

function readName(body: string, at: number): string {
  NAME.lastIndex = at;
  const match = NAME.exec(body);
  if (!match) throw malformed(at >= body.length ? 'the body is truncated' : `expected an element name at offset ${at}`);
  return match[0];
}

function skipPast(body: string, from: number, marker: string, what: string): number {
  const at = body.indexOf(marker, from);
  if (at < 0) throw malformed(`${what} is not terminated (truncated?)`);
  return at + marker.length;
}

/**
 * One structural pass over the body: element nesting checked, DOCTYPE and entity declarations
 * refused (no entity is ever expanded), and the elements of the envelope recorded.
 */
function scanEnvelope(body: string): EnvelopeElement[] {
  const stack: string[] = [];
  const open: Array<EnvelopeElement | undefined> = [];
  const elements: EnvelopeElement[] = [];
  let envelopeDepth = -1;
  let rootSeen = false;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const textEnd = lt < 0 ? body.length : lt;
    if (stack.length === 0 && body.slice(i, textEnd).trim() !== '') {
      throw malformed(rootSeen ? 'text after the root element' : `it does not start with an element (it starts with ${JSON.stringify(body.slice(0, 40))})`);
    }
    if (lt < 0) break;
    if (body.startsWith('<?', lt)) {
      i = skipPast(body, lt + 2, '?>', 'a processing instruction');
    } else if (body.startsWith('<!--', lt)) {
      i = skipPast(body, lt + 4, '-->', 'a comment');
    } else if (body.startsWith('<![CDATA[', lt)) {
      if (stack.length === 0) throw malformed('CDATA outside the root element');
      i = skipPast(body, lt + 9, ']]>', 'a CDATA section');
    } else if (body.startsWith('<!', lt)) {
      // DOCTYPE, ENTITY and the like: the gateway never sends them, and they are how entity
      // expansion attacks (billion laughs, external entities) start.
      throw malformed('DOCTYPE and entity declarations are refused');
    } else if (body.startsWith('</', lt)) {
      const name = readName(body, lt + 2);
      const gt = skipWs(body, lt + 2 + name.length);
      if (body[gt] !== '>') throw malformed(`expected ">" at offset ${gt}`);
      if (stack.pop() !== name) throw malformed(`</${name}> closes an element it did not open`);
      const element = open.pop();
      if (element) {
        element.closeStart = lt;
        element.end = gt + 1;
      }
      i = gt + 1;
    } else {
      const name = readName(body, lt + 1);
      let at = lt + 1 + name.length;
      // Attributes: name = "value" | 'value', values free of "<", each name once (XML's rule: the
      // parser would keep one of two values, and list="…" decides a value's shape).
      let names: Set<string> | undefined;
      for (;;) {
        at = skipWs(body, at);
        if (body[at] === '>' || body.startsWith('/>', at)) break;
        const attribute = readName(body, at);
        if (names?.has(attribute)) throw malformed(`<${name}> has the attribute ${attribute} twice`);
        (names ??= new Set()).add(attribute);
        at = skipWs(body, NAME.lastIndex);
        if (body[at] !== '=') throw malformed(`expected "=" in the attributes of <${name}>`);
        at = skipWs(body, at + 1);
        const quote = body[at];
        if (quote !== '"' && quote !== "'") throw malformed(`expected a quoted attribute value in <${name}>`);
        const close = body.indexOf(quote, at + 1);
        if (close < 0 || body.slice(at + 1, close).includes('<')) throw malformed(`an attribute of <${name}> is not terminated`);
        at = close + 1;
      }
      const selfClosing = body[at] === '/';
      const contentStart = at + (selfClosing ? 2 : 1);
      if (stack.length === 0) {
        if (rootSeen) throw malformed('it has two root elements');
        rootSeen = true;
        envelopeDepth = name === 'alipay' ? 1 : 0;
      }
      const depth = stack.length;
      if (depth === envelopeDepth + 1) {
        const parent = open[open.length - 1];
        if (parent) parent.hasChildren = true;
      }
      let element: EnvelopeElement | undefined;
      if (depth === envelopeDepth) {
        element = { name, tagStart: lt, contentStart, closeStart: lt, end: contentStart, hasChildren: false };
        elements.push(element);
      }
      if (!selfClosing) {
        if (stack.length >= MAX_DEPTH) throw malformed(`elements nest deeper than ${MAX_DEPTH} levels`);
        stack.push(name);
        open.push(element);
      }
      i = contentStart;
    }
  }
  if (!rootSeen) throw malformed(body.trim() === '' ? 'the body is empty' : 'it has no element');
  if (stack.length > 0) throw malformed(`the body ends inside <${stack[stack.length - 1]}> (truncated?)`);
  return elements;
}

function textOf(body: string, element: EnvelopeElement, name: string): string {
  if (element.hasChildren) throw malformed(`<${name}> has child elements`);
  return body.slice(element.contentStart, element.closeStart).trim();
}

/**
 * Extracts the signed span of an XML gateway answer for `method`, by the Java SDK's rule: from
 * just after the `>` of the opening `<X_response>` tag to the start of the `<sign>` element (the
 * node's content and closing tag). Elements are found structurally: a `<sign_type>` or
 * `<sign_date>` inside the node is not `<sign>`. Accepts the `<alipay>` envelope and a bare
 * `<X_response>` root.
 *
 * @throws AlipayError `ERR_RESPONSE_MALFORMED` for a DOCTYPE or entity declaration, broken
 * nesting, a truncated body, no response node, or the node (or `sign`) twice.
 * @example
 * ```ts
 * import { extractXmlSpan, parseXmlNode } from 'alipay-edge/xml';
 * const span = extractXmlSpan(body, 'alipay.marketing.card.query');
 * const verified = await verifySignedSpan(span, alipayPublicKey);
 * if (verified !== undefined) console.log(parseXmlNode(span.node, verified));
 * ```
 */
export function extractXmlSpan(body: string, method: string): SignedSpan {
  expectString(body, 'body');
  const nodeName = responseNodeName(method);
  const elements = scanEnvelope(body);
  const nodes = elements.filter((e) => e.name === nodeName || e.name === ERROR_NODE);
  if (nodes.length === 0) throw malformed(`it has neither <${nodeName}> nor <${ERROR_NODE}>`);
  if (nodes.length > 1) {
    throw malformed(nodes[0]!.name === nodes[1]!.name ? `<${nodes[0]!.name}> appears twice` : `it has both <${nodes[0]!.name}> and <${nodes[1]!.name}>`);
  }
  const node = nodes[0]!;
  if (node.end === node.contentStart) throw malformed(`<${node.name}/> is empty`);
  const signs = elements.filter((e) => e.name === 'sign');
  const certSns = elements.filter((e) => e.name === 'alipay_cert_sn');
  if (signs.length > 1) throw malformed('<sign> appears twice');
  if (certSns.length > 1) throw malformed('<alipay_cert_sn> appears twice');
  const sign = signs[0];
  const spanEnd = sign && sign.tagStart >= node.end ? sign.tagStart : node.end;
  const inner = body.slice(node.contentStart, node.closeStart);
  const span: SignedSpan = {
    node: node.name,
    content: body.slice(node.contentStart, spanEnd),
    // Text only (no child element) is an AES-encrypted node; an empty node is an empty object.
    kind: !node.hasChildren && inner.trim() !== '' ? 'string' : 'object',
  };
  if (sign) span.sign = textOf(body, sign, 'sign');
  if (certSns[0]) span.certSn = textOf(body, certSns[0], 'alipay_cert_sn');
  return span;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  // Text stays text ("000001" is not 1): each API's schema converts what is a number.
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  // The five XML entities and numeric character references only; DOCTYPE never reaches here.
  processEntities: true,
  htmlEntities: true,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

/** fast-xml-parser's tree to the JSON shape: `list="true"` elements become arrays. */
function toJsonShape(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(toJsonShape);
  const entries = Object.entries(value as Record<string, unknown>);
  const children = entries.filter(([key]) => !key.startsWith('@_') && key !== '#text');
  const text = (value as Record<string, unknown>)['#text'];
  if ((value as Record<string, unknown>)['@_list'] === 'true') {
    return children.flatMap(([, child]) => (Array.isArray(child) ? child : [child]).map(toJsonShape));
  }
  // An element with attributes and text only is its text.
  if (children.length === 0) return typeof text === 'string' ? text : '';
  const out: Record<string, unknown> = {};
  for (const [key, child] of children) out[key] = toJsonShape(child);
  // Whitespace between child elements is layout, not data.
  if (typeof text === 'string' && text.trim() !== '') out['#text'] = text;
  return out;
}

/**
 * Parses a verified XML span (the node's content and closing tag) into the same shape the JSON
 * answer has: an object of text values, `list="true"` elements as arrays (also with one item).
 * A text-only node (an encrypted answer) is returned as its text.
 *
 * @throws AlipayError `ERR_RESPONSE_MALFORMED` when the text cannot be parsed (including element
 * names such as `__proto__` that fast-xml-parser refuses).
 * @example
 * ```ts
 * parseXmlNode('alipay_marketing_card_query_response', '<code>10000</code></alipay_marketing_card_query_response>');
 * // { code: '10000' }
 * ```
 */
export function parseXmlNode(nodeName: string, verified: string): Record<string, unknown> | string {
  expectString(nodeName, 'nodeName');
  expectString(verified, 'verified');
  if (!/^[A-Za-z_][\w.-]*$/.test(nodeName)) throw malformed(`${JSON.stringify(nodeName)} is not an element name`);
  // Decrypted answers and direct callers reach here without the envelope scan: the same scan
  // (declarations refused, nesting checked, each attribute once), over the node as one element.
  scanEnvelope(`<${nodeName}>${verified}`);
  let tree: Record<string, unknown>;
  try {
    tree = parser.parse(`<${nodeName}>${verified}`) as Record<string, unknown>;
  } catch (cause) {
    throw new AlipayError('ERR_RESPONSE_MALFORMED', `The XML gateway answer cannot be parsed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
  const node = toJsonShape(tree[nodeName]);
  if (node === '') return {}; // an empty node
  if (typeof node === 'string') return node;
  if (typeof node !== 'object' || node === null || Array.isArray(node)) throw malformed(`<${nodeName}> is not a single element`);
  return node as Record<string, unknown>;
}
