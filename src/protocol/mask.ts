// User tokens are credentials: messages show their length, never their value.
import { expectString } from '../guard.ts';

/**
 * Masks the values of `auth_token` and `app_auth_token` in a sign content (escaped or not):
 * user tokens are credentials, so messages show their length, never their value.
 *
 * @example
 * ```ts
 * maskTokens('app_id=1&auth_token=abc&method=m'); // 'app_id=1&auth_token=***&method=m'
 * ```
 */
export function maskTokens(text: string): string {
  return expectString(text, 'text').replace(/((?:^|[&;：:])(?:app_)?auth_token=)([^&]*)/g, (_, key: string, value: string) => key + '*'.repeat(value.length));
}
