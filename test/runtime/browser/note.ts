// vitest global setup: the browser check is its own script (npm run test:browser, run by .ci/run
// after it installs Chromium); npm test says in one line when this machine cannot run it.
import { existsSync } from 'node:fs';

export default function setup(): void {
  const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) => existsSync(path));
  if (!chromium) console.warn('browser check did not run: no Chromium on this machine (npm run test:browser runs it; .ci/run installs Debian\'s chromium)');
}
