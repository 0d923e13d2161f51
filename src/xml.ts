// alipay-edge/xml: XML answers. Pass `xml` to a client that asks for XML (format: 'xml'); the
// parser (fast-xml-parser) is in no bundle that does not import this entry. The building blocks
// serve people with their own HTTP stack.
import type { XmlSupport } from './client/answer.ts';
import { extractXmlSpan, parseXmlNode } from './protocol/xml.ts';

export { extractXmlSpan, parseXmlNode };
export type { XmlSupport } from './client/answer.ts';

/**
 * XML support for `AlipayClient`: pass it as the `xml` option with `format: 'xml'`.
 *
 * @example
 * ```ts
 * import { AlipayClient } from 'alipay-edge';
 * import { xml } from 'alipay-edge/xml';
 *
 * const alipay = new AlipayClient({ ...config, format: 'xml', xml });
 * ```
 */
export const xml: XmlSupport = { extractXmlSpan, parseXmlNode };
