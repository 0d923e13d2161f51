// Writing answers as the gateway's XML: `<alipay><X_response>…</X_response><sign>…</sign></alipay>`.
import { mockError, recordOf } from '../checks.ts';

/**
 * Element names of list items, as the gateway names them (the item DTO's class name, snake_cased).
 *
 * @example
 * ```ts
 * LIST_ITEM_NAMES.front_text_list; // 'card_front_text_d_t_o'
 * ```
 */
export const LIST_ITEM_NAMES: Record<string, string> = {
  front_text_list: 'card_front_text_d_t_o',
  fund_bill_list: 'trade_fund_bill',
};

/**
 * Escapes text for XML content.
 *
 * @example
 * ```ts
 * escapeXml('a&b<c'); // 'a&amp;b&lt;c'
 * ```
 */
export function escapeXml(text: string): string {
  if (typeof text !== 'string') throw mockError('escapeXml needs a string.');
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function isList(value: unknown, name: string): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch (cause) {
    throw mockError(`<${name}> cannot be read.`, cause);
  }
}

function element(name: string, value: unknown): string {
  if (isList(value, name)) {
    const item = LIST_ITEM_NAMES[name] ?? 'item';
    return `<${name} list="true">${Array.from(value, (v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object' && value !== null) return `<${name}>${children(value as Record<string, unknown>)}</${name}>`;
  if (typeof value === 'symbol' || typeof value === 'function') throw mockError(`<${name}> cannot hold ${typeof value}.`);
  return `<${name}>${escapeXml(String(value))}</${name}>`;
}

/**
 * The XML of an object's fields, in order: the content of a response node.
 *
 * @example
 * ```ts
 * children({ code: '10000', msg: 'Success' }); // '<code>10000</code><msg>Success</msg>'
 * ```
 */
export function children(node: Record<string, unknown>): string {
  return Object.entries(recordOf(node, 'node'))
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => element(key, value))
    .join('');
}
