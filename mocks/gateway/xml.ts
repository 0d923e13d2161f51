// Writing answers as the gateway's XML: `<alipay><X_response>…</X_response><sign>…</sign></alipay>`.

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
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function element(name: string, value: unknown): string {
  if (Array.isArray(value)) {
    const item = LIST_ITEM_NAMES[name] ?? 'item';
    return `<${name} list="true">${value.map((v) => element(item, v)).join('')}</${name}>`;
  }
  if (typeof value === 'object' && value !== null) return `<${name}>${children(value as Record<string, unknown>)}</${name}>`;
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
  return Object.entries(node)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => element(key, value))
    .join('');
}
