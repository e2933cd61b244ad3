// `models status` flags, declared once: commander builds its help from them, and the fast path
// below parses them with Node's built-in parseArgs so a monitoring script's `models status --check`
// never pays for loading commander (~15 ms, half of Node's own start-up).
import { parseArgs } from 'node:util';
import { modelsStatus } from '../commands/models/status.js';
import { run } from './run.js';

export interface StatusFlags {
  check?: boolean;
  json?: boolean;
  plain?: boolean;
  probe?: boolean;
  agent?: string;
}

interface FlagSpec {
  type: 'boolean' | 'string';
  description: string;
  valueName?: string;
}

export const STATUS_FLAGS: Readonly<Record<keyof StatusFlags, FlagSpec>> = {
  check: { type: 'boolean', description: 'exit 1 when a credential is expired or missing, 2 when one expires within 24 h' },
  json: { type: 'boolean', description: 'print JSON (OpenClaw field names)' },
  plain: { type: 'boolean', description: 'print only the resolved default model' },
  probe: { type: 'boolean', description: 'also resolve API keys kept as SecretRefs in openclaw.json (Vault, 1Password, exec), never showing them' },
  agent: { type: 'string', valueName: 'id', description: 'agent id (default: main)' },
};

// Imported statically: the status path is the one start-up time matters for, and it is small. Its
// output to a pipe or file skips Node's stream stack (io/fd-output.ts).
export const runStatus = (flags: StatusFlags) => run((ctx) => modelsStatus(ctx, flags), { directStdout: true });

/**
 * The flags of a plain status invocation (`models status …`, `models …`, or no arguments), or
 * undefined for anything else — help, other commands, a typo — which commander then handles.
 */
export function matchStatusInvocation(args: readonly string[]): StatusFlags | undefined {
  if (args.length === 0) return {};
  let rest: string[];
  if (args[0] === 'models' && args[1] === 'status') rest = args.slice(2);
  else if (args[0] === 'models' && (args[1] === undefined || args[1].startsWith('-'))) rest = args.slice(1);
  else return undefined;
  try {
    const { values } = parseArgs({ args: rest, options: STATUS_FLAGS, strict: true, allowPositionals: false });
    return values as StatusFlags;
  } catch {
    return undefined;
  }
}
