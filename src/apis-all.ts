// alipay-edge/apis/all: `allApis`, every definition of alipay-edge/apis in one list, for servers
// that do not count bytes: `new AlipayClient({ ...config, apis: allApis })` knows every operation
// by name.
export { allApis } from './apis/generated/all.ts';
export { parameterExamples } from './apis/generated/examples.ts';
