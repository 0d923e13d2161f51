// alipay-edge/schemas: the valibot schemas of the card journey's APIs and of the browser and app payments (the client loads them on
// the first call to one of these methods; import this entry to use them directly).
export * from './apis/oauth-token.ts';
export * from './apis/card-template.ts';
export * from './apis/card-form.ts';
export * from './apis/card-lifecycle.ts';
export * from './apis/image-upload.ts';
export { CardUserInfoSchema, MerchantCardRequestSchema, MerchantCardResponseSchema, MerchantMemberSchema } from './apis/card-types.ts';
export { AppPayRequestSchema, PagePayRequestSchema, WapPayRequestSchema } from './apis/trade-pay.ts';
