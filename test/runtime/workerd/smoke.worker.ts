// Library-only smoke run with Node compatibility OFF: no MSW, no polyfills, no localStorage. Any
// Node API that slipped into src/ or the mock's core (createMockGateway) fails to load or run here.
import { bareGateway } from '../gateways.ts';
import { runAll, runtimeCases } from '../suite.ts';

export const library_smoke_no_nodejs_compat = {
  async test(): Promise<void> {
    const globals = globalThis as Record<string, unknown>;
    if (globals.process !== undefined || globals.Buffer !== undefined) throw new Error('Node compatibility is on: this run would prove nothing');
    if (globals.localStorage !== undefined) throw new Error('a localStorage is defined: the mock would not be proven to load without one');
    console.log('[smoke] PASS Node globals absent (process, Buffer), no localStorage shim');
    const { failed } = await runAll(runtimeCases(bareGateway), (line) => console.log(`[smoke] ${line}`));
    if (failed) throw new Error(`${failed} smoke case(s) failed`);
  },
};
