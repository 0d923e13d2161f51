// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.

/**
 * `OpenCertifyMetaInfo`, a model of Alipay's v3 description (in `datadigital.fincloud.generalsaas.face.check.query`, `datadigital.fincloud.generalsaas.face.verification.query`).
 *
 * @example
 * ```ts
 * const value: OpenCertifyMetaInfo = { device_type: '…' };
 * ```
 */
export interface OpenCertifyMetaInfo {
  device_type?: string;
}
export const OpenCertifyMetaInfoShape = (): object => ({ device_type: 0 });
