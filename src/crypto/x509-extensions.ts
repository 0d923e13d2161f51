// The certificate extensions path validation reads (RFC 5280 §4.2): basicConstraints (cA and
// pathLenConstraint), keyUsage, and which extensions are marked critical, so that the chain can
// refuse a critical one it does not process. Every extension is read to its structure: a malformed
// or repeated one makes the certificate unreadable rather than silently ignored.
import { type DerElement, DerError, TAG_BIT_STRING, TAG_INTEGER, TAG_OCTET_STRING, TAG_OID, TAG_SEQUENCE, contentOf, decodeOid, readChildren, readElement } from './der.ts';

export const BASIC_CONSTRAINTS = '2.5.29.19';
export const KEY_USAGE = '2.5.29.15';

const TAG_BOOLEAN = 0x01;

/**
 * The keyUsage bits (RFC 5280 §4.2.1.3), in bit order.
 *
 * @example
 * ```ts
 * const usage: KeyUsage = 'keyCertSign';
 * ```
 */
export type KeyUsage = (typeof KEY_USAGES)[number];
const KEY_USAGES = ['digitalSignature', 'nonRepudiation', 'keyEncipherment', 'dataEncipherment', 'keyAgreement', 'keyCertSign', 'cRLSign', 'encipherOnly', 'decipherOnly'] as const;

/** What a certificate's extensions say, for path validation. */
export interface ExtensionFields {
  isCa: boolean | undefined;
  pathLenConstraint: number | undefined;
  keyUsage: KeyUsage[] | undefined;
  criticalExtensions: string[];
}

/** A BOOLEAN's value: any non-zero byte is TRUE (BER; DER writes 0xff). */
function booleanOf(der: Uint8Array, element: DerElement): boolean {
  if (element.tag !== TAG_BOOLEAN || element.end - element.contentStart !== 1) throw new DerError('bad BOOLEAN');
  return der[element.contentStart] !== 0;
}

/** The single element an extension's OCTET STRING wraps. */
function wrapped(der: Uint8Array, octets: DerElement, tag: number): DerElement {
  const inner = readElement(der, octets.contentStart, octets.end);
  if (inner.tag !== tag || inner.end !== octets.end) throw new DerError('bad extension value');
  return inner;
}

/** basicConstraints ::= SEQUENCE { cA BOOLEAN DEFAULT FALSE, pathLenConstraint INTEGER (0..MAX) OPTIONAL } */
function basicConstraints(der: Uint8Array, octets: DerElement): Pick<ExtensionFields, 'isCa' | 'pathLenConstraint'> {
  const fields = readChildren(der, wrapped(der, octets, TAG_SEQUENCE));
  const ca = fields[0]?.tag === TAG_BOOLEAN ? fields.shift()! : undefined;
  const length = fields.shift();
  if (fields.length > 0 || (length !== undefined && length.tag !== TAG_INTEGER)) throw new DerError('bad basicConstraints');
  let pathLenConstraint: number | undefined;
  if (length) {
    const bytes = contentOf(der, length);
    if (bytes.length === 0 || bytes[0]! & 0x80) throw new DerError('negative pathLenConstraint');
    // More than 2^31 CA certificates below is no constraint at all: clamped, not overflowed.
    pathLenConstraint = 0;
    for (const byte of bytes) pathLenConstraint = Math.min(pathLenConstraint * 256 + byte, 2 ** 31);
  }
  return { isCa: ca ? booleanOf(der, ca) : false, pathLenConstraint };
}

/** keyUsage ::= BIT STRING: the names of the bits set. */
function keyUsage(der: Uint8Array, octets: DerElement): KeyUsage[] {
  const bits = contentOf(der, wrapped(der, octets, TAG_BIT_STRING));
  const unused = bits[0];
  if (unused === undefined || unused > 7 || (bits.length === 1 && unused !== 0)) throw new DerError('bad keyUsage');
  const count = (bits.length - 1) * 8 - unused;
  return KEY_USAGES.filter((_, bit) => bit < count && (bits[1 + (bit >> 3)]! >> (7 - (bit & 7))) & 1);
}

/**
 * Reads the `[3]` extensions field of a TBSCertificate (absent in v1 certificates).
 *
 * @throws DerError when an extension is malformed or appears twice (RFC 5280 §4.2).
 */
export function readExtensions(der: Uint8Array, field: DerElement | undefined): ExtensionFields {
  const fields: ExtensionFields = { isCa: undefined, pathLenConstraint: undefined, keyUsage: undefined, criticalExtensions: [] };
  const [list, extra] = field ? readChildren(der, field) : [];
  if (!list) return fields;
  if (list.tag !== TAG_SEQUENCE || extra) throw new DerError('bad extensions');
  const seen = new Set<string>();
  for (const extension of readChildren(der, list)) {
    const parts = extension.tag === TAG_SEQUENCE ? readChildren(der, extension) : [];
    if (parts.length < 2 || parts.length > 3) throw new DerError('bad extension');
    const [oidElement, flag, value] = (parts.length === 2 ? [parts[0], undefined, parts[1]] : parts) as [DerElement, DerElement | undefined, DerElement];
    if (oidElement.tag !== TAG_OID || value.tag !== TAG_OCTET_STRING) throw new DerError('bad extension');
    const oid = decodeOid(contentOf(der, oidElement));
    if (seen.has(oid)) throw new DerError('repeated extension');
    seen.add(oid);
    if (flag && booleanOf(der, flag)) fields.criticalExtensions.push(oid);
    if (oid === BASIC_CONSTRAINTS) Object.assign(fields, basicConstraints(der, value));
    else if (oid === KEY_USAGE) fields.keyUsage = keyUsage(der, value);
  }
  return fields;
}
