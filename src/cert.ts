// alipay-edge/cert: X.509 certificates on Web APIs — PEM bundles, RFC 2253 names, Alipay's
// certificate SNs, chain verification. The client loads these itself in
// certificate mode; import this entry to use them directly.
export {
  certSnFromPem,
  certificatePublicKey,
  certificateSn,
  parseCertificate,
  readPemCertificates,
  rootCertSn,
} from './crypto/x509.ts';
export { verifyCertificateChain } from './crypto/chain.ts';
export type { Certificate } from './crypto/x509.ts';
export type { KeyUsage } from './crypto/x509-extensions.ts';
