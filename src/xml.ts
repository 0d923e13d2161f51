// alipay-edge/xml: the XML building blocks, for people with their own HTTP stack. The client
// itself loads them on demand when an answer is XML; importing this entry is never required.
export { extractXmlSpan, parseXmlNode } from './protocol/xml.ts';
