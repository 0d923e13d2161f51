// An answer's two format-specific steps: finding its signed span (extract) and reading the node
// from the text that verified (parse), for JSON and for XML. An XML call may still get JSON
// (gateway-level errors): the format is taken from what arrived.
import { asObject, parseJsonNode } from '../protocol/json-node.ts';
import { type SignedSpan, extractJsonSpan } from '../protocol/json-span.ts';
import type { ResponseFormat } from './options.ts';

type XmlModule = typeof import('../protocol/xml.ts');
let xmlModule: Promise<XmlModule> | undefined;
// Loaded on the first XML answer only, so JSON-only users never load fast-xml-parser.
const loadXml = (): Promise<XmlModule> => (xmlModule ??= import('../protocol/xml.ts'));

/** The signed span of an answer, and the format it arrived in. */
export interface Answer {
  span: SignedSpan;
  format: ResponseFormat;
  /** The XML module, when the answer is XML (loaded before parsing). */
  xml?: XmlModule;
}

/** extract: the signed span of an answer, JSON or XML. */
export async function extractAnswer(text: string, method: string, requested: ResponseFormat): Promise<Answer> {
  if (requested === 'xml' && text.trimStart().startsWith('<')) {
    const xml = await loadXml();
    return { span: xml.extractXmlSpan(text, method), format: 'xml', xml };
  }
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
