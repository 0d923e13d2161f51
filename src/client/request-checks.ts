// The parts of preparing a call that only some calls need, loaded with the first of them: a
// definition the caller gives (read once and checked), a request's own v2 common parameters, the
// fields of a hand-written API that only Alipay's description has, and the wording of an unknown
// field's refusal. A call by the name of a hand-written API needs none of them.
import * as v from 'valibot';
import type { ApiDefinition, V3Route, WireRequest } from '../apis/definition.ts';
import { readDefinition } from '../apis/read-definition.ts';
import { describeUnknownField } from '../apis/unknown-field-message.ts';
import { unknownFields } from '../apis/unknown-fields.ts';
import { AlipayError } from '../errors.ts';
import type { GenericExecuteOptions } from './call-options.ts';
import { invalidRequest } from './call.ts';
import { checkToken } from './option-checks.ts';

/** A v2 common parameter a request may carry as a field, and its call option. */
const COMMON_FIELDS = [
  ['auth_token', 'authToken'],
  ['app_auth_token', 'appAuthToken'],
  ['notify_url', 'notifyUrl'],
  ['return_url', 'returnUrl'],
] as const;

/** A definition the caller gave (to execute, or in the client's apis), read once and checked. */
export function givenDefinition(value: object): { method: string; definition: ApiDefinition; route: V3Route; untyped: false } {
  const definition = readDefinition(value);
  if (!definition) throw new AlipayError('ERR_REQUEST_INVALID', "execute's first argument must be a method name, a definition from alipay-edge/apis (such as alipayTradeQuery), or untyped('…').");
  return { method: definition.method, definition, route: definition.v3, untyped: false };
}

/**
 * A request with fields its schema does not know: each is refused (with the nearest known name)
 * unless the call allows unknown fields, or the API is hand-written and Alipay's description of
 * the same operation has the field, in which case it is checked against the description.
 */
export async function checkUnknownFields(method: string, own: v.GenericSchema, described: (() => Promise<ApiDefinition>) | undefined, request: unknown, allowUnknownFields: boolean): Promise<void> {
  let twin: v.GenericSchema | undefined;
  try {
    twin = described ? (await described()).request : undefined;
  } catch (cause) {
    throw cause instanceof AlipayError ? cause : new AlipayError('ERR_REQUEST_INVALID', `${method}: Alipay's description of this operation could not be loaded.`, { cause });
  }
  if (!allowUnknownFields) {
    const [found] = unknownFields(twin ? [own, twin] : [own], request);
    if (found) throw new AlipayError('ERR_REQUEST_INVALID', describeUnknownField(method, found), { path: found.path });
  }
  if (!twin) return;
  const extra = unknownFields([own], request).map((field) => field.path);
  const result = v.safeParse(twin, request);
  const issue = result.issues?.find((item) => {
    const at = v.getDotPath(item) ?? '';
    return extra.some((path) => at === path || at.startsWith(`${path}.`));
  });
  if (issue) throw invalidRequest(method, [issue]);
}

/**
 * A request's own v2 common parameters (a field `notify_url` of a generated request, say) become
 * the call's options, which place them; the same parameter given both ways must agree.
 */
export function foldCommonFields(method: string, wire: WireRequest, options: GenericExecuteOptions): void {
  const params = wire.params!;
  for (const [field, option] of COMMON_FIELDS) {
    if (!Object.hasOwn(params, field)) continue;
    const value = params[field];
    delete params[field];
    if (options[option] !== undefined && options[option] !== value) {
      throw new AlipayError('ERR_REQUEST_INVALID', `${method}: ${field} is given twice, as a request field and as the option ${option}, with different values. Nothing was sent.`, { path: field });
    }
    if (option === 'authToken' || option === 'appAuthToken') checkToken(value, field);
    options[option] = value;
  }
}
