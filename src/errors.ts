// Typed errors, mapped to exit codes in exactly one place (exitCodeFor), so every command fails the
// same way: one line on stderr, no stack trace, a non-zero exit.

export const EXIT_ERROR = 1;
export const EXIT_CANCELLED = 130;

export class CliError extends Error {
  readonly exitCode: number = EXIT_ERROR;
  /** A command the user can copy to fix the problem, printed after the message. */
  readonly hint: string | undefined;
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.hint = options.hint;
  }
}

/** The user's input or flags are wrong. */
export class UsageError extends CliError {}

/** A secret failed its format check (prefix, length, kind). */
export class InvalidSecretError extends CliError {}

/** A file exists but cannot be parsed; we refuse to overwrite it. */
export class CorruptFileError extends CliError {
  constructor(
    readonly path: string,
    detail: string,
  ) {
    super(`${path} is not valid: ${detail}. Fix it or move it aside; openclaw-auth will not overwrite it.`, {
      hint: `openclaw-auth doctor`,
    });
  }
}

/** A file exists but the OS refuses to read or write it. */
export class FileAccessError extends CliError {}

/** Another process holds the lock for longer than we are willing to wait. */
export class LockTimeoutError extends CliError {}

/** The user answered "no": nothing changed, and that is not a cancel (exit 1, not 130). */
export class DeclinedError extends CliError {
  constructor(message = 'Nothing changed.') {
    super(message);
  }
}

/** The user pressed Ctrl-C (or Esc) to cancel. */
export class CancelledError extends CliError {
  override readonly exitCode = EXIT_CANCELLED;
  constructor(message = 'Cancelled.') {
    super(message);
  }
}

export function exitCodeFor(error: unknown): number {
  return error instanceof CliError ? error.exitCode : EXIT_ERROR;
}

/** One line (plus an optional fix line) for the user; never a stack trace. */
export function formatError(error: unknown): string {
  if (error instanceof CliError) {
    return error.hint ? `✗ ${error.message}\n  fix: ${error.hint}` : `✗ ${error.message}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `✗ ${message}`;
}

/** Node's fs errors carry a code; this narrows `unknown` to them without `any`. */
export function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}
