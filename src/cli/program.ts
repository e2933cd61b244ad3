// The full command grammar (commander): the root, `models` and its status, and each command's
// declaration from beside its handler (src/commands/**/*.command.ts). Each command's module, and
// anything heavy it needs (the Ink UI, the prompt library), is imported only when that command runs. commander itself is imported
// dynamically too: a static import would be hoisted into the bundle's start-up path.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { dashboardCommand } from '../commands/dashboard.command.js';
import { doctorCommand } from '../commands/doctor.command.js';
import { modelCommand } from '../commands/model/model.command.js';
import { logoutCommand } from '../commands/models/auth/logout.command.js';
import { orderCommand } from '../commands/models/auth/order/order.command.js';
import { pasteApiKeyCommand } from '../commands/models/auth/paste-api-key.command.js';
import { pasteTokenCommand } from '../commands/models/auth/paste-token.command.js';
import { setupTokenCommand } from '../commands/models/auth/setup-token.command.js';
import { monitorCommand } from '../commands/monitor.command.js';
import { onboardCommand } from '../commands/onboard.command.js';
import { pluginCommand } from '../commands/plugin.command.js';
import { secretsCommand } from '../commands/secrets/secrets.command.js';
import { formatError } from '../errors.js';
import type { Commander } from './options.js';
import { run } from './run.js';
import { runStatus, STATUS_FLAGS, type StatusFlags } from './status-flags.js';

/** Our package.json, found by walking up from this file (its depth differs between src/ and the bundle). */
function packageVersion(): string {
  for (let dir = new URL('.', import.meta.url); ; dir = new URL('..', dir)) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('package.json', dir), 'utf8')) as { name?: string; version?: string };
      if (pkg.name === 'openclaw-auth' && pkg.version) return pkg.version;
    } catch {
      // not here; keep climbing
    }
    if (dir.pathname === '/') return 'unknown';
  }
}

export function buildProgram(commander: Commander): Command {
  const { Command, Option } = commander;
  function addStatusOptions(command: Command): Command {
    for (const [name, spec] of Object.entries(STATUS_FLAGS)) {
      command.addOption(new Option(spec.type === 'string' ? `--${name} <${spec.valueName}>` : `--${name}`, spec.description));
    }
    return command;
  }

  /**
   * `openclaw-auth` and `openclaw-auth models` run status when given no subcommand; anything else in
   * that place is a mistyped command, reported as such rather than as "too many arguments".
   */
  function defaultToStatus(command: Command): Command {
    return command.argument('[command]').action((name: string | undefined, flags: StatusFlags) => {
      if (name === undefined) return runStatus(flags);
      const known = command.commands.map((sub) => sub.name());
      const guess = known.find((candidate) => candidate.startsWith(name.slice(0, 2)));
      return command.error(`error: unknown command '${name}'${guess ? ` (did you mean ${guess}?)` : ''}`);
    });
  }

  const program = new Command('openclaw-auth')
    .description('Get authenticated with AI model providers for the OpenClaw gateway, and stay authenticated.')
    .version(packageVersion(), '-V, --version')
    // Bad flags get what every other error gets: one line starting with ✗ (subcommands inherit it).
    .configureOutput({ outputError: (message, write) => write(`✗ ${message.replace(/^error: /, '').trim()} (run with --help for usage)\n`) })
    // The [command] argument below is ours (bare invocations run status); say it once.
    .usage('[options] [command]')
    // Taken out of argv by the entry point (src/cli.ts), wherever it stands; declared for --help.
    .option('--openclaw-bin <path>', 'the openclaw CLI to use for OpenClaw 2026.6+ stores (default: OPENCLAW_BIN, else openclaw on PATH)')
    // `models --json` and `models status --json` must each go to their own command.
    .enablePositionalOptions();
  defaultToStatus(program);

  const models = addStatusOptions(program.command('models').description('model auth: status, tokens, profile order'))
    .usage('[options] [command]')
    .enablePositionalOptions();
  defaultToStatus(models);
  addStatusOptions(models.command('status').description('show auth status per provider, as `openclaw models status`')).action((flags: StatusFlags) => runStatus(flags));

  // Each command's flags are declared beside its handler (src/commands/**/*.command.ts).
  const auth = models.command('auth').description('add credentials and choose the order they are used in');
  pasteTokenCommand(auth, commander);
  setupTokenCommand(auth, commander);
  pasteApiKeyCommand(auth, commander);
  logoutCommand(auth, commander);
  orderCommand(auth, commander);
  onboardCommand(program, commander);
  doctorCommand(program, commander);
  modelCommand(program, commander);
  pluginCommand(program);
  monitorCommand(program);
  dashboardCommand(program, commander);
  secretsCommand(program, commander);
  return program;
}

/** Bare `openclaw-auth` on a terminal. */
export async function runHome(): Promise<void> {
  const { home } = await import('../commands/dashboard.js');
  return run((ctx) => home(ctx));
}

/** `openclaw-auth onboard` with no flags, without parsing. */
export async function runOnboardWizard(): Promise<void> {
  const { onboard } = await import('../commands/onboard.js');
  return run((ctx) => onboard(ctx, {}));
}

export async function runProgram(argv: readonly string[]): Promise<void> {
  const commander = (await import('commander')) as Commander;
  const program = buildProgram(commander).exitOverride();
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    // Commander has already printed its one-line message (or the help).
    const fromCommander = error instanceof commander.CommanderError;
    process.exitCode = fromCommander ? error.exitCode : 1;
    if (!fromCommander) process.stderr.write(`${formatError(error)}\n`);
  }
}
