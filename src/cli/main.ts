// The CLI as a function: arguments and an Io in, an exit code out. `index.ts` wires it to the
// process; tests call it in-process.
import { apis } from './apis.ts';
import { type Command, isAlipayError } from './command.ts';
import { call, doctor } from './config.ts';
import { diagnose } from './diagnose.ts';
import { EXIT, type Io, UsageError } from './io.ts';
import { keygen } from './keygen.ts';
import { mockGateway } from './mock-gateway.ts';
import { sign, signContentCommand, verifyNotifyCommand, verifyResponse } from './signing.ts';

export type { Io } from './io.ts';

/** Every command, by name. */
export const commands: Record<string, Command> = {
  keygen,
  'sign-content': signContentCommand,
  sign,
  'verify-response': verifyResponse,
  'verify-notify': verifyNotifyCommand,
  diagnose,
  doctor,
  call,
  apis,
  'mock-gateway': mockGateway,
};

const USAGE = `Usage: alipay-edge <command> [options]   (alipay-edge <command> --help for its options)

Commands:
${Object.entries(commands)
  .map(([name, command]) => `  ${name.padEnd(16)}${command.summary}`)
  .join('\n')}

Exit codes: 0 success or valid, 1 invalid signature / failed check / gateway error, 2 usage error.`;

/** Error codes that mean the input was unusable (a usage mistake), not a negative answer. */
const USAGE_CODES = new Set(['ERR_KEY_INVALID', 'ERR_CERT_INVALID', 'ERR_RESPONSE_MALFORMED', 'ERR_REQUEST_INVALID']);

/** Runs one command line; resolves to its exit code. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`alipay-edge: unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args, io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`alipay-edge ${name}: ${err.message}\n(alipay-edge ${name} --help for usage)`);
      return EXIT.usage;
    }
    if (isAlipayError(err)) {
      io.err(`alipay-edge ${name}: ${err.code}: ${err.message}`);
      return USAGE_CODES.has(err.code) ? EXIT.usage : EXIT.failed;
    }
    throw err;
  }
}
