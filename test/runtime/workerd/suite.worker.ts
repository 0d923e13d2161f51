// The runtime suite inside workerd, with the MSW mock gateway (MSW needs nodejs_compat).
import { localStorageReady } from './local-storage-shim.ts';
import { mswGateway } from '../msw-gateway.ts';
import { runAll, runtimeCases } from '../suite.ts';

export const runtime_suite_msw = {
  async test(): Promise<void> {
    if (!localStorageReady) throw new Error('localStorage stand-in missing');
    const { failed } = await runAll(runtimeCases(mswGateway), (line) => console.log(`[suite] ${line}`));
    if (failed) throw new Error(`${failed} runtime case(s) failed`);
  },
};
