// An answer's two format-specific steps: finding its signed span (extract) and reading the node
// from the text that verified (parse), for JSON and for XML. An XML call may still get JSON
// (gateway-level errors): the format is taken from what arrived. XML support is given by the user
// (`xml` from `alipay-edge/xml`), so that the parser is in no bundle that does not import it.
import { asObject, parseJsonNode } from '../protocol/json-node.ts';
import { type SignedSpan, extractJsonSpan } from '../protocol/json-span.ts';
import type { ResponseFormat } from './options.ts';

/**
 * XML answers: the span extraction and node parsing of `alipay-edge/xml`, handed to the client as
 * its `xml` option (`import { xml } from 'alipay-edge/xml'`).
 *
 * @example
 * ```ts
 * import { xml } from 'alipay-edge/xml';
 * new AlipayClient({ ...config, format: 'xml', xml: xml satisfies XmlSupport });
 * ```
 */
export interface XmlSupport {
  extractXmlSpan(body: string, method: string): SignedSpan;
  parseXmlNode(nodeName: string, text: string): Record<string, unknown> | string;
}

/** The signed span of an answer, and the format it arrived in. */
export interface Answer {
  span: SignedSpan;
  format: ResponseFormat;
  /** The XML support, when the answer is XML. */
  xml?: XmlSupport;
}

/** extract: the signed span of an answer, JSON or XML. */
export function extractAnswer(text: string, method: string, requested: ResponseFormat, xml?: XmlSupport): Answer {
  if (requested === 'xml' && xml && text.trimStart().startsWith('<')) return { span: xml.extractXmlSpan(text, method), format: 'xml', xml };
  return { span: extractJsonSpan(text, method), format: 'json' };
}

/** parse: the node from verified (or unsigned) text: an object, or the text of an encrypted node. */
export function parseAnswer(answer: Answer, text: string): Record<string, unknown> | string {
  return answer.xml ? answer.xml.parseXmlNode(answer.span.node, text) : parseJsonNode(text);
}

/** parse, after AES: the decrypted text of an encrypted node is the node's content. */
export function parseDecrypted(answer: Answer, plaintext: string): Record<string, unknown> {
  const name = answer.span.node;
  return asObject(answer.xml ? answer.xml.parseXmlNode(name, `${plaintext}</${name}>`) : parseJsonNode(plaintext));
}
