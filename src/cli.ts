#!/usr/bin/env node
// Entry point. Only commander is loaded up front; each command's module (and anything heavy it
// needs, like the Ink UI or the prompt library) is imported when that command runs, so
// `models status --check` stays about as fast as `node -e 0`.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { processContext, type Context } from './context.js';
import { exitCodeFor, formatError } from './errors.js';

type Handler = (ctx: Context) => Promise<number>;

/** Run a command handler: typed errors become one line on stderr and an exit code, never a stack. */
async function run(handler: Handler): Promise<void> {
  const ctx = processContext();
  try {
    process.exitCode = await handler(ctx);
  } catch (error) {
    ctx.stderr.write(`${formatError(error)}\n`);
    process.exitCode = exitCodeFor(error);
  }
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

const agentOption = () => new Option('--agent <id>', 'agent id (default: main)');
const providerOption = () => new Option('--provider <name>', 'provider id, e.g. anthropic').makeOptionMandatory();

interface StatusFlags {
  check?: boolean;
  json?: boolean;
  plain?: boolean;
  agent?: string;
}

function addStatusOptions(command: Command): Command {
  return command
    .option('--check', 'exit 1 when a credential is expired or missing, 2 when one expires within 24 h')
    .option('--json', 'print JSON (OpenClaw field names)')
    .option('--plain', 'print only the resolved default model')
    .addOption(agentOption());
}

const runStatus = (flags: StatusFlags) =>
  run(async (ctx) => (await import('./commands/models/status.js')).modelsStatus(ctx, flags));

export function buildProgram(): Command {
  const program = new Command('openclaw-auth')
    .description('Get authenticated with AI model providers for the OpenClaw gateway, and stay authenticated.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    // `models --json` and `models status --json` must each go to their own command.
    .enablePositionalOptions()
    .action(() => runStatus({}));

  const models = addStatusOptions(program.command('models').description('model auth: status, tokens, profile order'))
    .enablePositionalOptions();
  models.action((flags: StatusFlags) => runStatus(flags));

  addStatusOptions(models.command('status').description('show auth status per provider, as `openclaw models status`')).action(
    (flags: StatusFlags) => runStatus(flags),
  );

  const auth = models.command('auth').description('add credentials and choose the order they are used in');

  auth
    .command('paste-token')
    .description('store a token (hidden prompt on a terminal, or piped on stdin)')
    .addOption(providerOption())
    .option('--profile-id <id>', 'profile id (default: <provider>:manual)')
    .option('--expires-in <duration>', 'expiry, e.g. 365d, 12h (default for setup-tokens: 365d)')
    .option('--secret-env <VAR>', 'read the token from this environment variable instead of stdin')
    .addOption(agentOption())
    .addHelpText('after', '\nExamples:\n  openclaw-auth models auth paste-token --provider anthropic\n  pbpaste | openclaw-auth models auth paste-token --provider anthropic --profile-id anthropic:work')
    .action((flags: { provider: string; profileId?: string; expiresIn?: string; secretEnv?: string; agent?: string }) =>
      run(async (ctx) => (await import('./commands/models/auth/paste-token.js')).pasteToken(ctx, flags)),
    );

  const order = auth.command('order').description('per-agent order in which profiles of a provider are tried');
  order
    .command('get')
    .description('show the order override')
    .addOption(providerOption())
    .addOption(agentOption())
    .option('--json', 'print JSON')
    .action((flags: { provider: string; agent?: string; json?: boolean }) =>
      run(async (ctx) => (await import('./commands/models/auth/order/get.js')).orderGet(ctx, flags)),
    );
  order
    .command('set')
    .description('set the order override (profile ids, first is tried first)')
    .addOption(providerOption())
    .addOption(agentOption())
    .argument('<profileIds...>', 'profile ids in order')
    .action((profileIds: string[], flags: { provider: string; agent?: string }) =>
      run(async (ctx) => (await import('./commands/models/auth/order/set.js')).orderSet(ctx, { ...flags, profileIds })),
    );
  order
    .command('clear')
    .description('remove the order override')
    .addOption(providerOption())
    .addOption(agentOption())
    .action((flags: { provider: string; agent?: string }) =>
      run(async (ctx) => (await import('./commands/models/auth/order/clear.js')).orderClear(ctx, flags)),
    );

  return program;
}

async function main(argv: readonly string[]): Promise<void> {
  // `| head` closing the pipe is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  });
  const program = buildProgram().exitOverride();
  try {
    await program.parseAsync(argv as string[]);
  } catch (error) {
    // Commander has already printed its one-line message (or the help).
    process.exitCode = error instanceof CommanderError ? error.exitCode : 1;
    if (!(error instanceof CommanderError)) process.stderr.write(`${formatError(error)}\n`);
  }
}

await main(process.argv);
