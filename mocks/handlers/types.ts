// What every method handler of the mock gateway shares: its context, its answer nodes, and the
// answers the documents give for missing or bad tokens.
import type { MockRefund, MockState, MockTrade } from '../state.ts';
import { mockError, recordOf } from '../checks.ts';

/**
 * A response node as the mock gateway sends it.
 *
 * @example
 * ```ts
 * const node: MockNode = { code: '10000', msg: 'Success' };
 * ```
 */
export type MockNode = Record<string, unknown>;

/**
 * Marks a node the gateway sends as `error_response` (OAuth failures do).
 *
 * @example
 * ```ts
 * return { code: '40002', msg: 'Invalid Arguments', sub_code: 'isv.code-invalid', [AS_ERROR_RESPONSE]: true };
 * ```
 */
export const AS_ERROR_RESPONSE: unique symbol = Symbol('error_response');

/**
 * A change of a trade that Alipay tells the merchant about, in a notification to `notify_url`:
 * paid, closed unpaid (to the close request's own `notify_url` when it gave one), or refunded
 * (by `alipay.trade.refund`, with the refund; by `alipay.trade.cancel`, without).
 *
 * @example
 * ```ts
 * context.notify(trade, { kind: 'refunded', refund });
 * ```
 */
export type TradeChange = { kind: 'paid' } | { kind: 'closed'; notifyUrl?: string } | { kind: 'refunded'; refund?: MockRefund };

/**
 * What a method handler sees: the request's parameters, its parsed `biz_content`, uploaded files,
 * the gateway's clock and its state, where the request was sent, and how to notify the merchant.
 *
 * @example
 * ```ts
 * const handler: MethodHandler = ({ biz }) => success({ echo: biz });
 * ```
 */
export interface MethodContext {
  appId: string;
  params: Record<string, string>;
  biz: Record<string, unknown>;
  files: Map<string, File>;
  now: Date;
  state: MockState;
  /** Shorthands for `state.cards`, `state.forms`, `state.authTokens`. */
  cards: MockState['cards'];
  forms: MockState['forms'];
  authTokens: MockState['authTokens'];
  /** The URL the request was sent to (a QR code of the HTTP server points back at it). */
  gatewayUrl: string;
  /** Sends the signed notification of a trade's change to its `notify_url` (none without one); never waits for it. */
  notify(trade: MockTrade, change: TradeChange): void;
}

/**
 * Answers one method: a success node or a business error node.
 *
 * @example
 * ```ts
 * const echo: MethodHandler = ({ biz }) => success({ echo: JSON.stringify(biz) });
 * ```
 */
export type MethodHandler = (context: MethodContext) => MockNode | Promise<MockNode>;

/**
 * A success node: `code 10000`, `msg Success` and the fields.
 *
 * @example
 * ```ts
 * success({ template_id });
 * ```
 */
export const success = (fields: MockNode = {}): MockNode => ({ code: '10000', msg: 'Success', ...recordOf(fields, 'fields') });

/**
 * A business failure node (`40004 Business Failed` with the document's `sub_code`).
 *
 * @example
 * ```ts
 * businessError('CARD_NOT_EXIT', '会员卡不存在');
 * ```
 */
export const businessError = (subCode: string, subMsg: string): MockNode => {
  if (typeof subCode !== 'string' || typeof subMsg !== 'string') throw mockError('businessError needs a sub_code and a sub_msg (strings).');
  return { code: '40004', msg: 'Business Failed', sub_code: subCode, sub_msg: subMsg };
};

/**
 * The gateway's answer to a missing, unknown or expired `auth_token`.
 *
 * @example
 * ```ts
 * if (!tokenUser(context)) return invalidAuthToken;
 * ```
 */
export const invalidAuthToken: MockNode = {
  code: '20001',
  msg: 'Insufficient Token Permissions',
  sub_code: 'aop.invalid-auth-token',
  sub_msg: '无效的访问令牌',
};

/** A non-empty string. */
export const isString = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The user of a request's `auth_token`, if the token is known and not expired. */
export function tokenUser({ params, authTokens, now }: MethodContext): string | undefined {
  const token = params.auth_token ? authTokens.get(params.auth_token) : undefined;
  return token && token.expires_at > now.getTime() ? token.user_id : undefined;
}

