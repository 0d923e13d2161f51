// Generated from Alipay's OpenAPI v3 description (Alipay OpenAPI v3 (facts only), version 2025-12-15) by
// generator/: do not edit; change the generator and run `npm run generate`.
import { type Matcher, MatcherShape } from './Matcher.ts';

/**
 * `ErrorMatcher`, a model of Alipay's v3 description (in `alipay.open.public.matchuser.label.create`, `alipay.open.public.matchuser.label.delete`).
 *
 * @example
 * ```ts
 * const value: ErrorMatcher = { error_msg: '…' };
 * ```
 */
export interface ErrorMatcher {
  error_msg?: string;
  matcher?: Matcher;
}
export const ErrorMatcherShape = (): object => ({ error_msg: 0, matcher: MatcherShape });
