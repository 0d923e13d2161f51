// Names in the generated code, derived from the description's: one rule each, so a name can be
// found from the method name alone (`alipay.trade.query` → `alipayTradeQuery`, file
// `operations/alipay-trade-query.ts`, types `AlipayTradeQueryRequest`, `…Result`, `…ErrorCode`).
// The definition's name is the library's own rule (its v3 messages name the import to add).
import { camelName } from '../src/apis/untyped.ts';

export { camelName };

/** `alipay.trade.query` → `AlipayTradeQuery`: the prefix of the operation's type names. */
export const pascalName = (method: string): string => {
  const camel = camelName(method);
  return camel.charAt(0).toUpperCase() + camel.slice(1);
};

/** `alipay.trade.query` → `alipay-trade-query`: the operation's module. */
export const fileName = (method: string): string => method.replaceAll('.', '-');

/** A property name as written in an interface or an object literal: quoted unless an identifier. */
export const propertyKey = (name: string): string => (/^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name));

/** The shape constant of a model (its fields for validation, built on first use). */
export const shapeName = (model: string): string => `${model}Shape`;
