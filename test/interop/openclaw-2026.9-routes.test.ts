// Every credential route OpenClaw 2026.9 has is seen, in its words: the "Claude CLI" route (models
// run through this machine's logged-in claude, no auth profile) and API keys kept as config
// SecretRefs (what `openclaw vault setup` + `secrets apply` write). A new user's machine: a fresh
// HOME, the real Claude Code 2.1.332 logged in through the OAuth stand-in, the real OpenClaw 2026.9.6
// on PATH; nothing preset.
import { chmodSync, existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_PATH, runCli } from '../helpers/run-cli.js';
import { CLAUDE_RELEASES, STANDIN, startStandin } from '../helpers/oauth-standin.js';
import { NODE24_BIN, OPENCLAW_2026_9_BIN, peersInstalled, requirePeers, runOpenclaw } from '../helpers/peers.js';
import { fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from '../helpers/temp-home.js';
import { shellQuote, TmuxSession } from '../helpers/tmux.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

const CLAUDE = CLAUDE_RELEASES[1].bin;

/** A bin dir with this machine's `claude` and `openclaw` (2026.9.6), as a user's PATH has them. */
function userPath(home: TempHome): string {
  const bin = join(home.home, 'bin');
  mkdirSync(bin, { recursive: true });
  symlinkSync(CLAUDE, join(bin, 'claude'));
  symlinkSync(OPENCLAW_2026_9_BIN, join(bin, 'openclaw'));
  return `${bin}:/usr/bin:/bin`;
}

/** `claude auth login` as a person runs it: the link, the code pasted, "Login successful". */
async function logClaudeIn(home: TempHome, path: string): Promise<void> {
  const standin = await startStandin(fakeSetupToken('L'));
  const login = new TmuxSession(`${shellQuote(CLAUDE)} auth login`, { width: 100, height: 30, env: { HOME: home.home, PATH: path, ...standin.env } });
  await login.waitFor(/Paste code here if prompted/, 60_000);
  login.type('code#state');
  login.press('Enter');
  await login.waitFor(/Login successful/, 30_000);
  expect(await login.exitCode(15_000)).toBe(0);
}

/** The lines of `models status` before the auth details (header and auth overview), which must equal OpenClaw's. */
function headerLines(text: string): string[] {
  return text.split('\n').filter((line) => line && !line.startsWith('!') && !line.startsWith('[secrets]'));
}

describe.skipIf(!peersInstalled || !STANDIN || !existsSync(OPENCLAW_2026_9_BIN) || !existsSync(NODE24_BIN))('OpenClaw 2026.9.6: the Claude CLI route and config SecretRefs are seen', () => {
  it('the wizard offers this machine\'s Claude Code login; then status, --check, doctor and the dashboard see the route, logged in and logged out', async () => {
    const home = makeTempHome();
    const path = userPath(home);
    await logClaudeIn(home, path);

    // The wizard, as a new user meets it: no credentials, Anthropic, the fourth method.
    const wizard = new TmuxSession(`${shellQuote(process.execPath)} ${shellQuote(CLI_PATH)} onboard`, { width: 100, height: 50, env: { HOME: home.home, PATH: path } });
    await wizard.waitFor('Add a credential', 20_000);
    wizard.press('Enter');
    await wizard.waitFor('Anthropic');
    wizard.press('Enter');
    await wizard.waitFor("Use this machine's Claude Code login", 20_000);
    wizard.press('Down', 'Down', 'Down', 'Enter');
    const done = await wizard.waitFor(/now runs through this machine's Claude Code login|cannot be used/, 120_000);
    expect(done).toContain("✓ anthropic/claude-opus-5 now runs through this machine's Claude Code login: claude is logged in as user@example.com (claude.ai)");
    expect(await wizard.exitCode(15_000)).toBe(0);

    // OpenClaw's own status: no profile, the runtime route, and --check 1 whatever claude says.
    const env = { PATH: path };
    const theirs = await runOpenclaw(home.home, ['models', 'status'], { bin: OPENCLAW_2026_9_BIN, env });
    expect(theirs.stdout).toContain('- anthropic via claude-cli uses claude-cli effective=missing:missing | status=indeterminate');
    expect((await runOpenclaw(home.home, ['models', 'status', '--check'], { bin: OPENCLAW_2026_9_BIN, env })).code).toBe(1);

    const ours = await runCli(home.home, ['models', 'status'], { node: NODE24_BIN, env });
    expect(ours.code).toBe(0);
    expect(ours.stdout).toContain('Runtime auth\n- anthropic via claude-cli uses claude-cli effective=missing:missing | status=indeterminate');
    expect(ours.stdout).toContain("! anthropic/claude-opus-5 runs through this machine's Claude Code login (claude-cli): claude is logged in as user@example.com (claude.ai).");
    expect(ours.stdout).not.toContain('has no credentials');
    // Header and auth overview word for word as OpenClaw's (after them it lists route issues we confirmed).
    expect(headerLines(ours.stdout).slice(0, 14)).toEqual(headerLines(theirs.stdout).slice(0, 14));
    expect(ours.stdout).toContain('Utility model : anthropic/claude-haiku-4-5 (provider default)');
    expect(ours.stdout).toContain('Aliases (2)   : opus -> anthropic/claude-opus-5, sonnet -> anthropic/claude-sonnet-5');
    expect(ours.stdout).toContain('Allowed models (0): all');
    expect((await runCli(home.home, ['models', 'status', '--check'], { node: NODE24_BIN, env })).code).toBe(0);

    // A token in this shell never makes a logged-out claude look logged in: OpenClaw clears it too.
    rmSync(join(home.home, '.claude', '.credentials.json'));
    const loggedOut = await runCli(home.home, ['models', 'status', '--check'], { node: NODE24_BIN, env: { ...env, CLAUDE_CODE_OAUTH_TOKEN: fakeSetupToken('E') } });
    expect(loggedOut.code).toBe(1);
    expect(loggedOut.stdout).toContain('which cannot be used: claude is not logged in. Fix: claude auth login');
    // doctor under this Node too (no node:sqlite: the route comes from the config and claude alone).
    const doctor = await runCli(home.home, ['doctor'], { env });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toMatch(/✗ anthropic\/claude-opus-5 runs through this machine's Claude Code login, which cannot be used\n {2}claude is not logged in\.\n {2}fix: claude auth login/);
    expect(doctor.stdout).not.toContain('has no credentials');

    // The dashboard shows the route as a row of its own, not "No credentials yet".
    const dashboard = new TmuxSession(`${shellQuote(NODE24_BIN)} ${shellQuote(CLI_PATH)} dashboard`, { width: 80, height: 24, env: { HOME: home.home, PATH: path } });
    const screen = await dashboard.waitFor('anthropic via claude-cli', 20_000);
    expect(screen).toMatch(/not logged in · anthropic\/claude-opus-5 · CLI login · Claude Code login/);
    expect(screen).toContain('1 unusable');
    expect(screen).not.toContain('No credentials yet');
    dashboard.press('r');
    await dashboard.waitFor("! this is claude's own login: run claude auth login in a terminal");
    dashboard.press('q');
    expect(await dashboard.exitCode(10_000)).toBe(0);
  }, 400_000);

  it('an API key kept as a config SecretRef (Vault, exec) is shown as OpenClaw shows it, never "no credentials"; --probe and doctor resolve it, and say when it does not', async () => {
    const home = makeTempHome();
    const resolver = join(home.home, 'bin', 'vault.sh');
    const answer = JSON.stringify({ protocolVersion: 1, values: { 'providers/anthropic/apiKey': fakeApiKey('V') } });
    home.writeFile(resolver, `#!/bin/sh\ncat >/dev/null\nprintf '%s\\n' '${answer}'\n`);
    chmodSync(resolver, 0o700);
    // What `openclaw vault setup` + `secrets apply --allow-exec` leave (its command form).
    home.writeConfig({
      agents: { defaults: { model: { primary: 'anthropic/claude-opus-5' } } },
      models: { providers: { anthropic: { baseUrl: 'http://127.0.0.1:9', apiKey: { source: 'exec', provider: 'vault', id: 'providers/anthropic/apiKey' } } } },
      secrets: { providers: { vault: { source: 'exec', command: resolver, passEnv: ['HOME'] } } },
    });
    const theirs = await runOpenclaw(home.home, ['models', 'status'], { bin: OPENCLAW_2026_9_BIN });
    expect(theirs.code).toBe(0);
    const ours = await runCli(home.home, ['models', 'status'], { node: NODE24_BIN });
    expect(ours.code).toBe(0);
    expect(headerLines(ours.stdout)).toEqual(headerLines(theirs.stdout));
    expect(ours.stdout).toContain('- anthropic effective=models.json:marker(secretref-managed) | models.json=marker(secretref-managed) | source=models.json: ~/.openclaw/agents/main/agent/models.json');
    expect(ours.stdout).toContain("! anthropic's API key is kept in Vault (models.providers.anthropic.apiKey = exec:vault:providers/anthropic/apiKey); openclaw-auth models status --probe checks that it resolves.");
    expect(ours.stdout).not.toContain('has no credentials');
    expect((await runOpenclaw(home.home, ['models', 'status', '--check'], { bin: OPENCLAW_2026_9_BIN })).code).toBe(0);

    const probed = await runCli(home.home, ['models', 'status', '--probe', '--check'], { node: NODE24_BIN });
    expect(probed.code).toBe(0);
    expect(probed.stdout).toContain('and resolves: its command returned a value.');
    expect(probed.stdout).not.toContain(fakeApiKey('V'));
    expect((await runCli(home.home, ['doctor'], { node: NODE24_BIN })).stdout).toContain("✓ anthropic's API key is kept in Vault (models.providers.anthropic.apiKey) and resolves");

    // The resolver breaks: OpenClaw's own status then fails outright; ours says which key and why.
    home.writeFile(resolver, '#!/bin/sh\nexit 3\n');
    chmodSync(resolver, 0o700);
    const broken = await runCli(home.home, ['models', 'status', '--probe', '--check'], { node: NODE24_BIN });
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('and does not resolve: its command exited with code 3. OpenClaw cannot use it either.');
    expect(broken.stdout).not.toContain('has no credentials');
    const doctor = await runCli(home.home, ['doctor'], { node: NODE24_BIN });
    expect(doctor.code).toBe(1);
    expect(doctor.stdout).toContain("✗ anthropic's API key is kept in Vault (models.providers.anthropic.apiKey) and does not resolve");
  }, 200_000);
});
