// alipay-edge/tools: AES for encrypted biz_content and answers, and the invalid-signature
// diagnosis. The client loads these on demand; import this entry to use them directly.
export { aesDecrypt, aesEncrypt, importAesKey } from './crypto/aes.ts';
export { diagnoseInvalidSignature, gatewaySignContent, unescapeHtml } from './protocol/diagnose.ts';
