// Checks of what tests and apps hand the mock gateway and its helpers, in the library's way: each
// argument read once (a getter or proxy that throws, or answers differently at each read, changes
// nothing), checked, and refused with an AlipayError naming it. The mocks use the library through
// its public entries only, so these few helpers are their own.
import { AlipayError } from '../src/index.ts';
import type { MockGatewayOptions } from './gateway/types.ts';
import type { FaultRule, MockFault } from './gateway/faults.ts';

/** A mistake in what the mock was given. */
export function mockError(message: string, cause?: unknown): AlipayError {
  return new AlipayError('ERR_CONFIG', `Mock gateway: ${message}`, cause === undefined ? {} : { cause });
}

/** What a value is, for messages, without converting it. */
function kind(value: unknown): string {
  if (value === null) return 'null';
  try {
    if (Array.isArray(value)) return 'an array';
  } catch {
    // a revoked proxy
  }
  return typeof value === 'object' ? 'an object' : typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}

/** Whether `value` is a plain-enough object: not null, not an array (nor a revoked proxy). */
function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && kind(value) === 'an object';
}

/** The named fields of an object, each read once; `undefined` is `{}` unless `required`. */
export function fieldsOf<T extends object, K extends keyof T & string>(value: T | undefined, keys: readonly K[], name: string, required = false): Partial<Pick<T, K>> {
  if (value === undefined && !required) return {};
  if (!isObject(value)) throw mockError(`${name} must be an object, got ${kind(value)}.`);
  const out: Partial<Pick<T, K>> = {};
  for (const key of keys) {
    let field: unknown;
    try {
      field = (value as Record<string, unknown>)[key];
    } catch (cause) {
      throw mockError(`${name}.${key} cannot be read (a getter or proxy threw).`, cause);
    }
    if (field !== undefined) out[key] = field as T[K];
  }
  return out;
}

/** A string option, or `undefined`. */
export function optionalString(value: unknown, name: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw mockError(`${name} must be a string, got ${kind(value)}.`);
}

/** A list option, copied (each item read once), or `undefined`. */
export function listOf(value: unknown, name: string): unknown[] | undefined {
  if (value === undefined) return undefined;
  if (kind(value) !== 'an array') throw mockError(`${name} must be an array, got ${kind(value)}.`);
  try {
    return Array.from(value as unknown[]);
  } catch (cause) {
    throw mockError(`${name} cannot be read (a getter or proxy threw).`, cause);
  }
}

/** A record's own keys, listed once, each value read once, into a copy without a prototype. */
export function recordOf(value: unknown, name: string): Record<string, unknown> {
  if (!isObject(value)) throw mockError(`${name} must be an object, got ${kind(value)}.`);
  try {
    const out: Record<string, unknown> = Object.create(null);
    for (const key of Object.keys(value)) out[key] = value[key];
    return out;
  } catch (cause) {
    throw mockError(`${name} cannot be read (a getter or proxy threw).`, cause);
  }
}

/** A deep copy of plain data (cards, forms): what the state starts from, never the caller's object. */
function dataOf<T>(value: unknown, name: string): T {
  if (!isObject(value)) throw mockError(`${name} must be an object, got ${kind(value)}.`);
  try {
    return structuredClone(value) as T;
  } catch (cause) {
    throw mockError(`${name} must be plain data (strings, numbers, objects, arrays).`, cause);
  }
}

const FAULT_KINDS = new Set(['latency', 'http-error', 'system-busy', 'business-error', 'malformed-body', 'tampered-body', 'wrong-signature', 'drop-connection']);

function faultRuleOf(value: unknown, name: string): FaultRule {
  const rule = fieldsOf(value as FaultRule, ['method', 'fault', 'probability', 'times'], name, true);
  const fault = fieldsOf(rule.fault as MockFault & Record<string, unknown>, ['kind', 'ms', 'status', 'subCode', 'subMsg'], `${name}.fault`, true) as Record<string, unknown>;
  if (typeof fault.kind !== 'string' || !FAULT_KINDS.has(fault.kind)) throw mockError(`${name}.fault.kind must be one of ${[...FAULT_KINDS].join(', ')}.`);
  if (fault.kind === 'latency' && !(typeof fault.ms === 'number' && fault.ms >= 0 && fault.ms <= 600_000)) throw mockError(`${name}.fault.ms must be milliseconds from 0 to 600000.`);
  if (fault.status !== undefined && !(typeof fault.status === 'number' && Number.isInteger(fault.status) && fault.status >= 200 && fault.status <= 599)) throw mockError(`${name}.fault.status must be an HTTP status.`);
  if (fault.kind === 'business-error' && typeof fault.subCode !== 'string') throw mockError(`${name}.fault.subCode must be a string.`);
  optionalString(fault.subMsg, `${name}.fault.subMsg`);
  optionalString(rule.method, `${name}.method`);
  if (rule.probability !== undefined && !(typeof rule.probability === 'number' && rule.probability >= 0 && rule.probability <= 1)) throw mockError(`${name}.probability must be a number from 0 to 1.`);
  if (rule.times !== undefined && !(typeof rule.times === 'number' && Number.isInteger(rule.times) && rule.times > 0)) throw mockError(`${name}.times must be a whole number above 0.`);
  return { ...rule, fault: fault as unknown as MockFault };
}

/** The gateway's options, read once and checked. */
export function checkGatewayOptions(input: MockGatewayOptions): MockGatewayOptions {
  const options = fieldsOf(input, ['appId', 'appPublicKey', 'alipayKeys', 'certificates', 'encryptKey', 'cards', 'forms', 'authTokens', 'formTtlMs', 'now', 'notifyFetch', 'faults', 'seed'], 'options', true);
  const appPublicKey = optionalString(options.appPublicKey, 'options.appPublicKey');
  if (appPublicKey === undefined) throw mockError("options.appPublicKey is required: the app's public key (PEM), to verify requests with.");
  optionalString(options.appId, 'options.appId');
  optionalString(options.encryptKey, 'options.encryptKey');
  const checked: MockGatewayOptions = { ...options, appPublicKey } as MockGatewayOptions;
  if (options.alipayKeys !== undefined) {
    const keys = fieldsOf(options.alipayKeys, ['privateKey', 'publicKey'], 'options.alipayKeys', true);
    if (typeof keys.privateKey !== 'string' || typeof keys.publicKey !== 'string') throw mockError('options.alipayKeys must hold privateKey and publicKey as PEM strings.');
    checked.alipayKeys = { privateKey: keys.privateKey, publicKey: keys.publicKey };
  }
  if (options.certificates !== undefined) {
    const certificates = fieldsOf(options.certificates, ['alipayCert', 'appCertSn', 'rootCertSn'], 'options.certificates', true);
    if (typeof certificates.alipayCert !== 'string') throw mockError('options.certificates.alipayCert must be the PEM of the Alipay certificate.');
    optionalString(certificates.appCertSn, 'options.certificates.appCertSn');
    optionalString(certificates.rootCertSn, 'options.certificates.rootCertSn');
    checked.certificates = certificates as MockGatewayOptions['certificates'];
  }
  const cards = listOf(options.cards, 'options.cards');
  if (cards) checked.cards = cards.map((card, i) => dataOf(card, `options.cards[${i}]`));
  const forms = listOf(options.forms, 'options.forms');
  if (forms) checked.forms = forms.map((form, i) => dataOf(form, `options.forms[${i}]`));
  if (options.authTokens !== undefined) {
    const tokens = recordOf(options.authTokens, 'options.authTokens');
    for (const [token, user] of Object.entries(tokens)) if (typeof user !== 'string') throw mockError(`options.authTokens[${JSON.stringify(token)}] must be a user id (a string).`);
    checked.authTokens = { ...tokens } as Record<string, string>;
  }
  if (options.formTtlMs !== undefined && !(typeof options.formTtlMs === 'number' && options.formTtlMs >= 0)) throw mockError('options.formTtlMs must be milliseconds (0 or more).');
  if (options.notifyFetch !== undefined && options.notifyFetch !== false && typeof options.notifyFetch !== 'function') throw mockError('options.notifyFetch must be a fetch function, or false.');
  if (options.seed !== undefined && !(typeof options.seed === 'number' && Number.isFinite(options.seed))) throw mockError('options.seed must be a number.');
  const faults = listOf(options.faults, 'options.faults');
  if (faults) checked.faults = faults.map((rule, i) => faultRuleOf(rule, `options.faults[${i}]`));
  if (options.now !== undefined) {
    const now = options.now;
    if (typeof now !== 'function') throw mockError('options.now must be a function returning a Date.');
    // The clock is the caller's: each reading is checked to be a valid Date.
    checked.now = () => {
      const date: unknown = now();
      if (!(date instanceof Date) || Number.isNaN(Date.prototype.getTime.call(date))) throw mockError('options.now must return a valid Date.');
      return new Date(Date.prototype.getTime.call(date));
    };
  }
  return checked;
}
