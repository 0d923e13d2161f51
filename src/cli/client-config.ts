// The client configuration of doctor and call: from flags, a --config file and ALIPAY_* variables,
// in that order (settings.ts), with where each part came from for the messages.
import { type AlipayClientConfig, GATEWAY_URL, SANDBOX_GATEWAY_URL } from '../index.ts';
import { signTypeOf } from './command.ts';
import { type Io, readValue } from './io.ts';
import { parseJsonObject } from './json.ts';
import { type SettingSpec, Settings } from './settings.ts';

export const configOptions = {
  config: { type: 'string' },
  'app-id': { type: 'string' },
  'private-key': { type: 'string' },
  'alipay-public-key': { type: 'string' },
  'app-cert': { type: 'string' },
  'alipay-public-cert': { type: 'string' },
  'alipay-root-cert': { type: 'string' },
  'app-public-key': { type: 'string' },
  gateway: { type: 'string' },
  sandbox: { type: 'boolean' },
  'sign-type': { type: 'string' },
} as const;

export const CONFIG_HELP = `Configuration: flags --app-id, --private-key, --alipay-public-key (or --app-cert,
--alipay-public-cert, --alipay-root-cert), --gateway, --sandbox, --sign-type; then --config FILE
(JSON with AlipayClient's option names); then environment variables ALIPAY_APP_ID,
ALIPAY_PRIVATE_KEY, ALIPAY_PUBLIC_KEY, ALIPAY_APP_CERT, ALIPAY_PUBLIC_CERT, ALIPAY_ROOT_CERT,
ALIPAY_GATEWAY. The first that sets a value wins (--sandbox or --gateway over ALIPAY_GATEWAY).
Key and certificate values may be file paths, - for stdin, or the text.`;

const spec = (flag: string | undefined, key: keyof AlipayClientConfig, env?: string, file = false): SettingSpec => ({ ...(flag && { flag }), key, ...(env && { env }), file });

const APP_ID = spec('app-id', 'appId', 'ALIPAY_APP_ID');
const PRIVATE_KEY = spec('private-key', 'privateKey', 'ALIPAY_PRIVATE_KEY', true);
const SIGN_TYPE = spec('sign-type', 'signType');
/** Alipay's key, or its certificates: one mode, from one source. */
const VERIFYING = [
  spec('alipay-public-key', 'alipayPublicKey', 'ALIPAY_PUBLIC_KEY', true),
  spec('app-cert', 'appCert', 'ALIPAY_APP_CERT', true),
  spec('alipay-public-cert', 'alipayPublicCert', 'ALIPAY_PUBLIC_CERT', true),
  spec('alipay-root-cert', 'alipayRootCert', 'ALIPAY_ROOT_CERT', true),
];
/** Where calls go: the gateway, --sandbox, and a file's endpoint, from one source. */
const TARGET = [spec('gateway', 'gateway', 'ALIPAY_GATEWAY'), spec('sandbox', 'sandbox'), spec(undefined, 'endpoint')];

/** A configuration, and where its gateway came from. */
export interface ReadConfig {
  config: Partial<AlipayClientConfig>;
  /** Where the gateway choice came from (`--sandbox`, `ALIPAY_GATEWAY`…), undefined for the default. */
  gatewayFrom?: string;
  /** Lower sources' gateway settings that were left out. */
  gatewayOverridden: string[];
  /** Variables that are set, but empty. */
  emptyVariables: string[];
}

/** The configuration from flags, --config and environment variables (the first source wins). */
export function readConfig(io: Io, values: Record<string, unknown>): ReadConfig {
  const path = values.config as string | undefined;
  const file = path === undefined ? undefined : { name: path, values: parseJsonObject(readValue(io, path, '--config'), `--config ${path}`) };
  const settings = new Settings(io, values, file);
  const config: Record<string, unknown> = { ...file?.values };
  for (const one of [APP_ID, PRIVATE_KEY, SIGN_TYPE]) {
    const setting = settings.get(one);
    if (setting !== undefined) config[one.key!] = one === SIGN_TYPE && setting.from === '--sign-type' ? signTypeOf(setting.value) : setting.value;
  }
  const verifying = settings.group(VERIFYING);
  const target = settings.group(TARGET);
  for (const [group, chosen] of [[VERIFYING, verifying], [TARGET, target]] as const) {
    for (const one of group) delete config[one.key!];
    for (const [one, setting] of chosen.settings) config[one.key!] = setting.value;
  }
  const from = [...target.settings.values()].map((setting) => setting.from).join(', ');
  const emptyVariables = [APP_ID, PRIVATE_KEY, ...VERIFYING, TARGET[0]!].map((one) => one.env!).filter((name) => io.env[name] === '');
  return { config: config as Partial<AlipayClientConfig>, ...(from && { gatewayFrom: from }), gatewayOverridden: target.overridden, emptyVariables };
}

/** What a gateway URL is, for advice: production, the sandbox, or another (a mock). */
export function gatewayKind(gateway: string): 'production' | 'sandbox' | 'other' {
  return gateway === GATEWAY_URL ? 'production' : gateway === SANDBOX_GATEWAY_URL ? 'sandbox' : 'other';
}
