// Exit codes and the usage error, shared by every command module.

/** Exit codes a script can rely on. */
export const EXIT = {
  /** Success: the command did what it says, the signature is valid, every check passed. */
  ok: 0,
  /** A negative answer: invalid signature, a failed check, a gateway error. */
  failed: 1,
  /** The command was used wrongly: unknown flag, missing input, unreadable file. */
  usage: 2,
} as const;

/** A usage mistake: printed with the command's help hint, exit code 2. */
export class UsageError extends Error {}
