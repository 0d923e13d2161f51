// The OpenAPI v3 endpoints and defaults, apart from the v3 code itself: the client's configuration
// reads them, and v2 users do not bundle the v3 request and verification code for them.

/**
 * The production OpenAPI v3 endpoint.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, protocol: 'v3', endpoint: V3_ENDPOINT });
 * ```
 */
export const V3_ENDPOINT = 'https://openapi.alipay.com';

/**
 * The sandbox endpoint `sandbox: true` selects in v3: the host of the v2 sandbox gateway. Not
 * confirmed for v3 (no call could reach it from where this was written; Alipay's Java v3 SDK names
 * `http://openapi.sandbox.dl.alipaydev.com`): set `endpoint` if your sandbox answers elsewhere.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, protocol: 'v3', sandbox: true }).endpoint === SANDBOX_V3_ENDPOINT;
 * ```
 */
export const SANDBOX_V3_ENDPOINT = 'https://openapi-sandbox.dl.alipaydev.com';

/**
 * Default bound on the distance between `alipay-timestamp` and this host's clock: 5 minutes.
 *
 * @example
 * ```ts
 * new AlipayClient({ ...config, protocol: 'v3', clockSkewMs: DEFAULT_CLOCK_SKEW_MS * 2 });
 * ```
 */
export const DEFAULT_CLOCK_SKEW_MS = 5 * 60_000;

/**
 * An endpoint without its trailing slashes. A loop, not `/\/+$/`: that pattern backtracks over every
 * run of slashes not at the end, quadratic in a hostile string.
 */
export function withoutTrailingSlashes(endpoint: string): string {
  let end = endpoint.length;
  while (end > 0 && endpoint.charCodeAt(end - 1) === 0x2f) end--;
  return endpoint.slice(0, end);
}
