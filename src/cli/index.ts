#!/usr/bin/env node
// alipay-edge: keys, signatures, verification and configuration checks from the command line.
// Runs with `npx alipay-edge` and in Deno (`deno run -A npm:alipay-edge`). Node APIs live here only.
import { commands, isAlipayError } from './commands.ts';
import { EXIT, UsageError } from './io.ts';

const USAGE = `Usage: alipay-edge <command> [options]   (alipay-edge <command> --help for its options)

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(16)}${command.summary}`)
  .join('\n')}

Exit codes: 0 success or valid, 1 invalid signature / failed check / gateway error, 2 usage error.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    console.error(`alipay-edge: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args);
  } catch (err) {
    if (err instanceof UsageError) {
      console.error(`alipay-edge ${name}: ${err.message}\n(alipay-edge ${name} --help for usage)`);
      return EXIT.usage;
    }
    if (isAlipayError(err)) {
      console.error(`alipay-edge ${name}: ${err.code}: ${err.message}`);
      return err.code === 'ERR_KEY_INVALID' || err.code === 'ERR_CERT_INVALID' || err.code === 'ERR_RESPONSE_MALFORMED' || err.code === 'ERR_REQUEST_INVALID' ? EXIT.usage : EXIT.failed;
    }
    throw err;
  }
}

process.exitCode = await main(process.argv.slice(2));
