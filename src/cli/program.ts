// The full command grammar (commander). Each command's module, and anything heavy it needs (the Ink
// UI, the prompt library), is imported only when that command runs. commander itself is imported
// dynamically too: a static import would be hoisted into the bundle's start-up path.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { formatError } from '../errors.js';
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

type Commander = typeof import('commander');

/**
 * What every command that stores one credential takes besides its own flags, in the same words:
 * where it goes (--to and its companions) and the default-model offer.
 */
function deliveryOptions(command: Command): Command {
  return command
    .option('--to <ssh://host>', 'deliver it to the gateway host over your ssh (ssh://[user@]host[:port]; OPENCLAW_AUTH_SSH_COMMAND replaces ssh)')
    .option('--save-remote', 'remember --to for this state dir (--to local stores here again)')
    .option('--restart-gateway', 'with --to: run openclaw gateway restart there afterwards')
    .option('--set-default', "make the provider's default model OpenClaw's default when the current default's provider has no credentials (Anthropic)");
}

interface PasteFlags {
  provider: string;
  profileId?: string;
  expiresIn?: string;
  storage?: string;
  secretEnv?: string;
  agent?: string;
  yes?: boolean;
  allowUnknownFormat?: boolean;
  customProvider?: boolean;
  to?: string;
  saveRemote?: boolean;
  restartGateway?: boolean;
  setDefault?: boolean;
}

export function buildProgram({ Command, Option }: Commander): Command {
  const agentOption = () => new Option('--agent <id>', 'agent id (default: main)');
  const providerOption = () => new Option('--provider <name>', 'provider id, e.g. anthropic').makeOptionMandatory();
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

  addStatusOptions(models.command('status').description('show auth status per provider, as `openclaw models status`')).action(
    (flags: StatusFlags) => runStatus(flags),
  );

  const auth = models.command('auth').description('add credentials and choose the order they are used in');

  const storageOption = (kinds: string) => new Option('--storage <where>', `where the secret goes: ${kinds} (default: keychain when available, else file)`);
  deliveryOptions(auth
    .command('paste-token')
    .description('store a token (hidden prompt on a terminal, or piped on stdin)')
    .addOption(providerOption())
    .option('--profile-id <id>', 'profile id (default: <provider>:manual)')
    .option('--expires-in <duration>', 'expiry, e.g. 365d, 12h (default for setup-tokens: 365d)')
    .addOption(storageOption('keychain|file'))
    .option('--secret-env <VAR>', 'read the token from this environment variable (the shell\'s, else <state>/.env) instead of stdin')
    .option('--yes', 'replace an existing profile without asking')
    .option('--allow-unknown-format', 'store a token that does not have the known shape (length, ending), with a warning')
    .option('--custom-provider', 'take a provider id openclaw-auth does not know (no format check)'))
    .addOption(agentOption())
    .addHelpText('after', '\nExamples:\n  openclaw-auth models auth paste-token --provider anthropic\n  pbpaste | openclaw-auth models auth paste-token --provider anthropic --profile-id anthropic:work')
    .action((flags: PasteFlags) => run(async (ctx) => (await import('../commands/models/auth/paste-token.js')).pasteToken(ctx, flags)));

  deliveryOptions(auth
    .command('setup-token')
    .description('run `claude setup-token` in a terminal you use, capture the token it prints, store it (TTY required)')
    .option('--provider <name>', 'provider (only anthropic)', 'anthropic')
    .option('--profile-id <id>', 'profile id (default: anthropic:manual)')
    .option('--yes', 'replace an existing profile without asking')
    .option('--claude-bin <path>', 'the Claude Code CLI to run (default: claude on PATH)')
    .option('--timeout <duration>', 'give up without a token after this long (default: 15m)'))
    .addOption(storageOption('keychain|file'))
    .addOption(agentOption())
    .action((flags: { provider?: string; profileId?: string; yes?: boolean; claudeBin?: string; timeout?: string; storage?: string; agent?: string; to?: string; saveRemote?: boolean; restartGateway?: boolean; setDefault?: boolean }) =>
      run(async (ctx) => (await import('../commands/models/auth/setup-token.js')).setupToken(ctx, flags)),
    );

  deliveryOptions(auth
    .command('paste-api-key')
    .description('store an API key (hidden prompt on a terminal, or piped on stdin)')
    .addOption(providerOption())
    .option('--profile-id <id>', 'profile id (default: <provider>:default)')
    .addOption(storageOption('keychain|file|env (env: <state>/.env, which a daemon reads)'))
    .option('--secret-env <VAR>', 'read the key from this environment variable (the shell\'s, else <state>/.env) instead of stdin')
    .option('--yes', 'replace an existing profile without asking')
    .option('--allow-unknown-format', 'store a key that does not have the known shape (length, ending), with a warning')
    .option('--custom-provider', 'take a provider id openclaw-auth does not know (no format check)'))
    .addOption(agentOption())
    .action((flags: PasteFlags) => run(async (ctx) => (await import('../commands/models/auth/paste-api-key.js')).pasteApiKey(ctx, flags)));

  auth
    .command('logout')
    .description('remove an auth profile, its config entry and its keychain entry')
    .argument('<profileId>', 'profile to remove, e.g. anthropic:work')
    .option('--yes', 'do not ask for confirmation')
    .addOption(agentOption())
    .action((profileId: string, flags: { yes?: boolean; agent?: string }) =>
      run(async (ctx) => (await import('../commands/models/auth/logout.js')).logout(ctx, { ...flags, profileId })),
    );

  const order = auth.command('order').description('per-agent order in which profiles of a provider are tried');
  order
    .command('get')
    .description('show the order override')
    .addOption(providerOption())
    .addOption(agentOption())
    .option('--json', 'print JSON')
    .action((flags: { provider: string; agent?: string; json?: boolean }) =>
      run(async (ctx) => (await import('../commands/models/auth/order/get.js')).orderGet(ctx, flags)),
    );
  order
    .command('set')
    .description('set the order override (profile ids, first is tried first)')
    .addOption(providerOption())
    .addOption(agentOption())
    .argument('<profileIds...>', 'profile ids in order')
    .action((profileIds: string[], flags: { provider: string; agent?: string }) =>
      run(async (ctx) => (await import('../commands/models/auth/order/set.js')).orderSet(ctx, { ...flags, profileIds })),
    );
  order
    .command('clear')
    .description('remove the order override')
    .addOption(providerOption())
    .addOption(agentOption())
    .action((flags: { provider: string; agent?: string }) =>
      run(async (ctx) => (await import('../commands/models/auth/order/clear.js')).orderClear(ctx, flags)),
    );

  program
    .command('onboard')
    .description('a wizard that gets you a working credential (API key, setup-token or pasted token), or renews one')
    .option('--reauth [profileId]', 'renew a token in place (default: the first one that is expiring or expired)')
    .option('--to <ssh://host>', 'store on the gateway host, signing in here: offered first in the wizard; with --reauth <id>, renews it there')
    .option('--save-remote', 'with --to: remember the host for this state dir')
    .option('--restart-gateway', 'after storing on the gateway host: run openclaw gateway restart there')
    .option('--non-interactive', 'no prompts: take everything from flags (for scripts)')
    .option('--auth-choice <choice>', 'non-interactive: apiKey, token or setup-token')
    .option('--provider <id>', 'non-interactive: provider (default anthropic)')
    .option('--token-provider <id>', "alias of --provider (OpenClaw's flag)")
    .option('--token-profile-id <id>', 'profile id (default <provider>:default)')
    .option('--token-expires-in <duration>', 'token expiry (default for setup-tokens: 365d)')
    .addOption(storageOption('keychain|file|env'))
    .option('--secret-stdin', 'non-interactive: read the secret from stdin')
    .option('--secret-env <VAR>', 'non-interactive: read the secret from this environment variable')
    .option('--token <token>', 'accepted for OpenClaw compatibility; visible to other users, prefer --secret-stdin')
    .option('--anthropic-api-key <key>', 'accepted for OpenClaw compatibility; visible to other users, prefer --secret-stdin')
    .option('--no-verify', 'do not check an API key with the provider before storing it')
    .option('--allow-unknown-format', 'store a secret that does not have the known shape (length, ending), with a warning')
    .option('--custom-provider', 'non-interactive: take a provider id openclaw-auth does not know')
    .option('--base-url <url>', 'provider API base URL for the check (default: ANTHROPIC_BASE_URL or the public API)')
    .option('--claude-bin <path>', 'the Claude Code CLI for setup-token (default: claude on PATH)')
    .option('--json', 'non-interactive: print the result as JSON')
    .option('--set-default', "make the provider's default model OpenClaw's default when the current default's provider has no credentials (Anthropic)")
    .addOption(agentOption())
    .addHelpText('after', '\nExamples:\n  openclaw-auth onboard\n  openclaw-auth onboard --reauth anthropic:manual\n  openclaw-auth onboard --to ssh://pi@gateway.local\n  printf %s "$ANTHROPIC_API_KEY" | openclaw-auth onboard --non-interactive --auth-choice apiKey --provider anthropic --secret-stdin --storage env')
    .action((flags: Record<string, unknown>) => run(async (ctx) => (await import('../commands/onboard.js')).onboard(ctx, flags)));

  program
    .command('doctor')
    .description('find what keeps OpenClaw from authenticating, and how to fix it')
    .option('--fix', 'apply the safe fixes (permissions, dangling order entries, moving a corrupt file aside after asking)')
    .option('--yes', 'do not ask before moving a corrupt file aside')
    .option('--json', 'print the checks as JSON')
    .addOption(agentOption())
    .action((flags: { fix?: boolean; yes?: boolean; json?: boolean; agent?: string }) => run(async (ctx) => (await import('../commands/doctor.js')).doctor(ctx, flags)));

  const model = program.command('model').description('what /model would pick: models, aliases, the next auth profile per provider');
  model
    .command('status')
    .description("OpenClaw's /model status: the current model, candidates, next auth profile per provider, endpoints")
    .argument('[spec]', 'a /model spec: <alias-or-id>[@<profileId>], e.g. opus@anthropic:work')
    .option('--json', 'print JSON')
    .addOption(agentOption())
    .action((spec: string | undefined, flags: { json?: boolean; agent?: string }) =>
      run(async (ctx) => (await import('../commands/model/status.js')).modelStatus(ctx, { ...flags, ...(spec ? { spec } : {}) })),
    );
  model
    .command('list')
    .description('models and profiles a /model can name (a picker on a terminal)')
    .addOption(agentOption())
    .action((flags: { agent?: string }) => run(async (ctx) => (await import('../commands/model/list.js')).modelList(ctx, flags)));

  const plugin = program.command('plugin').description('openclaw-auth inside OpenClaw: its onboard and models auth login capture the setup-token');
  plugin
    .command('install')
    .description('install this package as a plugin into your OpenClaw (openclaw plugins install); again to upgrade')
    .option('--pin-allowlist', 'OpenClaw 2026.3: set plugins.allow to the plugins it loads now (stops its "plugins.allow is empty" warning) without asking')
    .action((flags: { pinAllowlist?: boolean }) => run(async (ctx) => (await import('../commands/plugin.js')).pluginInstall(ctx, flags)));

  const monitor = program.command('monitor').description('check credentials on a schedule and notify before they stop working');
  const schedulerOptions = (command: Command) =>
    command.option('--systemd', 'a systemd user timer (Linux)').option('--launchd', 'a launchd agent (macOS)').option('--termux', 'a Termux job (Android)');
  schedulerOptions(monitor.command('install').description('install the auth monitor (default scheduler: this platform\'s)'))
    .option('--every <duration>', 'how often (default 6h)')
    .action((flags: Record<string, unknown>) => run(async (ctx) => (await import('../commands/monitor.js')).monitorInstall(ctx, flags)));
  schedulerOptions(monitor.command('uninstall').description('remove the files monitor install wrote')).action((flags: Record<string, unknown>) =>
    run(async (ctx) => (await import('../commands/monitor.js')).monitorUninstall(ctx, flags)),
  );

  program
    .command('dashboard')
    .description('a live view of your credentials: where each lives, when it expires, which is used next')
    .addOption(agentOption())
    .action((flags: { agent?: string }) => run(async (ctx) => (await import('../commands/dashboard.js')).dashboard(ctx, flags)));

  const secrets = program.command('secrets').description('secrets kept in the OS keychain');
  secrets
    .command('resolve')
    .description("OpenClaw's exec secret-provider protocol: JSON request on stdin, values on stdout (run by OpenClaw)")
    .action(() => run(async (ctx) => (await import('../commands/secrets/resolve.js')).secretsResolve(ctx)));
  secrets
    .command('migrate')
    .description('move the secrets of token and API-key profiles into the keychain, or back into the file')
    .requiredOption('--to <where>', 'keychain or file')
    .addOption(agentOption())
    .action((flags: { to: string; agent?: string }) => run(async (ctx) => (await import('../commands/secrets/migrate.js')).secretsMigrate(ctx, flags)));

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
