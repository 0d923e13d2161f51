// alipay-edge/apis: one definition per operation of Alipay's v3 description, named by its method in
// camelCase (`alipay.trade.query` → `alipayTradeQuery`, with `.method`), with its request, result
// and error-code types. Import what you call: a bundle holds only the definitions it imports (one
// module per operation, schemas built on first use). The hand-written definitions stand for the
// operations they cover (the card journey, OAuth, the image upload).
export * from './apis/generated/index.ts';
