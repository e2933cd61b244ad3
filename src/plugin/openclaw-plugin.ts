// The OpenClaw plugin entry (dist/plugin.mjs, named in package.json's "openclaw.extensions"): a thin
// adapter from OpenClaw's plugin API to our core, holding no auth logic of its own. It adds
//   - provider "openclaw-auth" (the id "anthropic" is OpenClaw's) with the methods in
//     auth-methods.ts, listed in onboard's Anthropic group (2026.9: the manifest's
//     providerAuthChoices; 2026.3: registerProvider's wizard.onboarding, which holds one choice per
//     provider, so each further choice is a provider of its own with that one method);
//   - the root command `openclaw credentials` (our dashboard on a terminal, our status otherwise)
//     and `openclaw credentials doctor`: OpenClaw 2026.9 reserves `auth` and loads no plugin under
//     its own commands.
// Not on any start-up path of the standalone CLI: only OpenClaw loads it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { usesSqliteStore } from '../openclaw/openclaw-version.js';
import { authMethods, type PluginAuthMethod } from './auth-methods.js';
import { processPluginHost } from './plugin-host.js';
import { PLUGIN_ID } from './plugin-id.js';

export { PLUGIN_ID } from './plugin-id.js';

interface CommandLike {
  command(name: string): CommandLike;
  description(text: string): CommandLike;
  allowUnknownOption?(allow?: boolean): CommandLike;
  action(handler: (...args: unknown[]) => unknown): CommandLike;
}

interface PluginApi {
  registerProvider(provider: Record<string, unknown>): void;
  registerCli?(register: (context: { program: CommandLike }) => void, options?: Record<string, unknown>): void;
}

/** Our CLI, beside this file in dist/, run by the Node that runs OpenClaw. */
function runOurCli(args: string[]): void {
  const cli = join(dirname(fileURLToPath(import.meta.url)), 'openclaw-auth.cjs');
  const result = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
}

interface OnboardChoice {
  method: string;
  choiceId: string;
  choiceLabel: string;
  groupId: string;
  groupLabel: string;
}

const SETUP_TOKEN_CHOICE: OnboardChoice = { method: 'setup-token', choiceId: 'openclaw-auth-setup-token', choiceLabel: 'Sign in with Claude (openclaw-auth captures the setup-token)', groupId: 'anthropic', groupLabel: 'Anthropic' };

/** The onboard choices our manifest declares (one list for both releases; the package root is beside dist/). */
export function manifestChoices(pluginFile: string = fileURLToPath(import.meta.url)): OnboardChoice[] {
  try {
    const manifest = JSON.parse(readFileSync(join(dirname(pluginFile), '..', 'openclaw.plugin.json'), 'utf8')) as { providerAuthChoices?: OnboardChoice[] };
    return manifest.providerAuthChoices?.length ? manifest.providerAuthChoices : [SETUP_TOKEN_CHOICE];
  } catch {
    return [SETUP_TOKEN_CHOICE];
  }
}

/**
 * The providers to register. OpenClaw 2026.3's onboard lists one choice per provider
 * (wizard.onboarding), so there every choice after the first is its own provider holding only that
 * method, under the choice's id (`--auth-choice openclaw-auth-api-key` then works there as on
 * 2026.9); `models auth login --provider openclaw-auth` keeps every method. 2026.9 reads the
 * manifest's choices and gets the one provider.
 */
export function providersToRegister(choices: OnboardChoice[], jsonEraHost: boolean, methods: readonly PluginAuthMethod[] = authMethods(processPluginHost())): Record<string, unknown>[] {
  const wizard = (choice: OnboardChoice) => ({ onboarding: { choiceId: choice.choiceId, choiceLabel: choice.choiceLabel, groupId: choice.groupId, groupLabel: choice.groupLabel, methodId: choice.method } });
  const [first = SETUP_TOKEN_CHOICE, ...rest] = choices;
  const main = { id: PLUGIN_ID, label: 'Anthropic (openclaw-auth)', docsPath: 'https://www.npmjs.com/package/openclaw-auth', auth: methods, wizard: wizard(first) };
  if (!jsonEraHost) return [main];
  const more = rest.flatMap((choice) => {
    const method = methods.find((candidate) => candidate.id === choice.method);
    return method ? [{ ...main, id: choice.choiceId, auth: [method], wizard: wizard(choice) }] : [];
  });
  return [main, ...more];
}

export default {
  id: PLUGIN_ID,
  name: 'openclaw-auth',
  description: 'Captures the Claude setup-token for you (no hand copy-paste that cuts it), checks every secret before OpenClaw stores it.',
  register(api: PluginApi) {
    const host = processPluginHost();
    const { version } = host;
    for (const provider of providersToRegister(manifestChoices(), version !== undefined && !usesSqliteStore(version), authMethods(host))) api.registerProvider(provider);
    api.registerCli?.(
      ({ program }) => {
        const credentials = program.command('credentials').description('openclaw-auth: your credentials (a live dashboard on a terminal, status otherwise)');
        credentials.action(() => runOurCli(process.stdout.isTTY && process.stdin.isTTY ? ['dashboard'] : ['models', 'status']));
        credentials
          .command('doctor')
          .description('openclaw-auth doctor: what keeps OpenClaw from authenticating, and the fix')
          .action(() => runOurCli(['doctor']));
      },
      { descriptors: [{ name: 'credentials', description: 'openclaw-auth: credentials dashboard, status and doctor', hasSubcommands: true }] },
    );
  },
};
