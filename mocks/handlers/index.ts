// The one registry of the methods the mock gateway serves, by API family.
import { cardHandlers } from './cards.ts';
import { journeyHandlers } from './journey.ts';
import { tradeCreateHandlers } from './trade-create.ts';
import { tradeQueryHandlers } from './trade-query.ts';
import { tradeRefundHandlers } from './trade-refund.ts';
import type { MethodHandler } from './types.ts';

/**
 * Every method the mock gateway serves, by name.
 *
 * @example
 * ```ts
 * Object.keys(methodHandlers); // ['alipay.marketing.card.query', …]
 * ```
 */
export const methodHandlers: Record<string, MethodHandler> = {
  ...cardHandlers,
  ...journeyHandlers,
  ...tradeCreateHandlers,
  ...tradeQueryHandlers,
  ...tradeRefundHandlers,
};
