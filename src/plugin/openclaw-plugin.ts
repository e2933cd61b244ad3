// The OpenClaw plugin entry (dist/plugin.mjs, named in package.json's "openclaw.extensions"): a thin
// adapter from OpenClaw's plugin API to our core, holding no auth logic of its own. It adds
//   - provider "openclaw-auth" (the id "anthropic" is OpenClaw's) with the methods in
//     auth-methods.ts, listed in onboard's Anthropic group (2026.9: the manifest's
//     providerAuthChoices; 2026.3: registerProvider's wizard.onboarding, one choice);
//   - the root command `openclaw credentials` (our dashboard on a terminal, our status otherwise)
//     and `openclaw credentials doctor`: OpenClaw 2026.9 reserves `auth` and loads no plugin under
//     its own commands.
// Not on any start-up path of the standalone CLI: only OpenClaw loads it.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUTH_METHODS } from './auth-methods.js';
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

export default {
  id: PLUGIN_ID,
  name: 'openclaw-auth',
  description: 'Captures the Claude setup-token for you (no hand copy-paste that cuts it), checks every secret before OpenClaw stores it.',
  register(api: PluginApi) {
    api.registerProvider({
      id: PLUGIN_ID,
      label: 'Anthropic (openclaw-auth)',
      docsPath: 'https://www.npmjs.com/package/openclaw-auth',
      auth: AUTH_METHODS,
      // OpenClaw 2026.3 groups onboard choices from here (2026.9 reads the manifest instead).
      wizard: { onboarding: { choiceId: 'openclaw-auth-setup-token', choiceLabel: 'Sign in with Claude (openclaw-auth captures the setup-token)', groupId: 'anthropic', groupLabel: 'Anthropic', methodId: 'setup-token' } },
    });
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
