// Where a client sends its calls: the v2 gateway URL and the OpenAPI v3 endpoint. Both are
// checked once, and when only one is set the other is derived from it, so a client configured for
// a mock gateway or the sandbox never reaches production by default (v3 calls, certificate
// downloads and payments each use the one they need).
import { AlipayError } from '../errors.ts';
import { GATEWAY_URL, SANDBOX_GATEWAY_URL } from '../protocol/request.ts';
import { SANDBOX_V3_ENDPOINT, V3_ENDPOINT, withoutTrailingSlashes } from '../protocol/v3/endpoints.ts';

const GATEWAY_PATH = '/gateway.do';
const GATEWAY_FORM = `${GATEWAY_URL} (a mock: http://127.0.0.1:PORT/gateway.do)`;
const ENDPOINT_FORM = `${V3_ENDPOINT} (a mock: http://127.0.0.1:PORT)`;
const RETIRED_SANDBOX = 'openapi.alipaydev.com';

const configError = (message: string) => new AlipayError('ERR_CONFIG', message);

/** A URL for messages, without any user:password@ it holds. */
const shownUrl = (value: string) => JSON.stringify(value.replace(/\/\/[^/?#]*@/, '//…@'));

/** What both URLs must be: http(s), no credentials, no fragment. */
function readUrl(value: string, name: 'gateway' | 'endpoint', form: string): URL {
  if (/\s/.test(value)) throw configError(`${name} has whitespace in it (${shownUrl(value)}): remove it.`);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw configError(`${name} is not a URL: ${shownUrl(value)}. Expected ${form}.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw configError(`${name} must be an https URL, got ${url.protocol} (${shownUrl(value)}). Expected ${form}.`);
  if (url.username !== '' || url.password !== '') throw configError(`${name} holds a user:password@: remove it (the gateway takes none; it would go with every call).`);
  // A fragment is never sent: the signed parameters of a page payment's URL would end up in it.
  if (value.includes('#')) throw configError(`${name} has a #fragment (${shownUrl(value)}): it is never sent, and a payment URL's signed parameters would land in it. Remove it.`);
  if (url.hostname === RETIRED_SANDBOX) {
    throw configError(`${name} ${value} is the retired sandbox host (it answers isv.invalid-app-id): use sandbox: true, which selects ${SANDBOX_GATEWAY_URL}.`);
  }
  return url;
}

/** A v2 gateway URL: http(s), ending in /gateway.do (a query of its own is kept). */
function checkGateway(value: string): URL {
  const url = readUrl(value, 'gateway', GATEWAY_FORM);
  if (!url.pathname.endsWith(GATEWAY_PATH)) {
    const hint = url.pathname === '/' || /\/v3\/?$/.test(url.pathname) ? ' (A v3 origin goes in endpoint.)' : '';
    throw configError(`gateway must end in ${GATEWAY_PATH}: ${shownUrl(value)} would answer every call with HTTP 404. Expected ${GATEWAY_FORM}.${hint}`);
  }
  return url;
}

/** A v3 endpoint: an http(s) origin with an optional path prefix, trailing slashes off. */
function checkEndpoint(value: string): string {
  const endpoint = withoutTrailingSlashes(value);
  const url = readUrl(endpoint, 'endpoint', ENDPOINT_FORM);
  if (url.search !== '' || endpoint.includes('?')) throw configError(`endpoint takes no query: ${shownUrl(value)}. Expected ${ENDPOINT_FORM}.`);
  if (url.pathname.endsWith(GATEWAY_PATH)) throw configError(`endpoint is the v3 origin, not the gateway URL: drop ${GATEWAY_PATH} from ${shownUrl(value)} (or set it as gateway).`);
  if (/\/v3$/.test(url.pathname)) throw configError(`endpoint is what /v3/… paths are added to: drop the /v3 from ${shownUrl(value)}.`);
  return endpoint;
}

/** The v3 endpoint a gateway implies: its origin and the path before /gateway.do (no query). */
const endpointOf = (gateway: URL) => `${gateway.origin}${gateway.pathname.slice(0, -GATEWAY_PATH.length)}`;

/**
 * The gateway and endpoint a configuration calls. Each is used as given when set; when only one is
 * set, the other comes from it (`gateway` → its origin and path prefix; `endpoint` → endpoint +
 * `/gateway.do`); when neither is, `sandbox` picks the sandbox's pair, else production's.
 *
 * @throws AlipayError `ERR_CONFIG` naming the URL's mistake and the expected form.
 */
export function resolveTargets(gateway: string | undefined, endpoint: string | undefined, sandbox: boolean): { gateway: string; endpoint: string } {
  const endpointGiven = endpoint === undefined ? undefined : checkEndpoint(endpoint);
  if (gateway !== undefined) {
    const url = checkGateway(gateway);
    return { gateway, endpoint: endpointGiven ?? endpointOf(url) };
  }
  if (endpointGiven !== undefined) return { gateway: `${endpointGiven}${GATEWAY_PATH}`, endpoint: endpointGiven };
  return sandbox ? { gateway: SANDBOX_GATEWAY_URL, endpoint: SANDBOX_V3_ENDPOINT } : { gateway: GATEWAY_URL, endpoint: V3_ENDPOINT };
}
