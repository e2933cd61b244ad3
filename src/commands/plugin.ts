// `openclaw-auth plugin install`: this package installed as a plugin into the user's own OpenClaw,
// so `openclaw onboard` and `openclaw models auth login --provider openclaw-auth` capture the
// setup-token themselves. Packs this installed package (its published files only) and hands the
// tarball to `openclaw plugins install`, with the flags that release asks for.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { println } from '../io/print.js';
import { cliEntryPath } from '../secrets/exec-provider.js';
import { findOpenclaw, passThroughOpenclaw } from '../openclaw/openclaw-cli.js';
import { openclawVersion, usesSqliteStore } from '../openclaw/openclaw-version.js';
import { definedEnv } from '../paths.js';
import { pluginDir } from '../openclaw/plugin-state.js';
import { isJsonObject, type JsonObject } from '../store/auth-profiles.js';
import { readConfig, updateConfig } from '../store/config.js';

function restoreAside(installed: string, aside: string): void {
  rmSync(installed, { recursive: true, force: true });
  renameSync(aside, installed);
}

export interface PluginInstallOptions {
  /** OpenClaw 2026.3: set plugins.allow to the plugins it loads now, without asking. */
  pinAllowlist?: boolean;
}

export async function pluginInstall(ctx: Context, options: PluginInstallOptions = {}): Promise<number> {
  const bin = findOpenclaw(ctx.env, ctx.cwd);
  if (!bin) throw new CliError('OpenClaw is not installed here (no openclaw on PATH, nor OPENCLAW_BIN)', { hint: 'install OpenClaw first, or pass --openclaw-bin <path>' });
  const version = openclawVersion(bin, ctx.env);
  const packageDir = join(dirname(cliEntryPath()), '..');
  const dir = mkdtempSync(join(tmpdir(), 'openclaw-auth-plugin-'));
  try {
    const packed = spawnSync('npm', ['pack', packageDir, '--ignore-scripts', '--pack-destination', dir, '--silent'], { encoding: 'utf8', env: definedEnv(ctx.env) });
    const tarball = packed.stdout.trim().split('\n').at(-1);
    if (packed.status !== 0 || !tarball) throw new CliError(`could not pack ${packageDir} for OpenClaw (npm pack: ${(packed.stderr || packed.stdout).trim().split('\n').at(-1) ?? `exit ${packed.status}`})`);
    // 2026.6+ installs a plugin from outside ClawHub only with both flags (--force replaces an
    // installed copy); 2026.3 knows neither and refuses an installed one ("delete it first").
    const sqliteEra = usesSqliteStore(version);
    const flags = sqliteEra ? ['--force', '--accept-capabilities'] : [];
    const installed = pluginDir(ctx.paths.stateDir);
    // 2026.3: the installed copy is moved aside, not deleted, and put back if the install fails.
    const aside = !sqliteEra && existsSync(installed) ? `${installed}.previous-${process.pid}` : undefined;
    println(ctx.stderr, `${aside || (sqliteEra && existsSync(installed)) ? 'Reinstalling' : 'Installing'} the openclaw-auth plugin into OpenClaw ${version?.text ?? ''} (${bin})…`);
    if (aside) renameSync(installed, aside);
    let code: number;
    try {
      code = await passThroughOpenclaw(bin, ['plugins', 'install', join(dir, tarball), ...flags], { env: ctx.env, cwd: ctx.cwd, stdout: ctx.stdout, stderr: ctx.stderr });
    } catch (error) {
      code = -1;
      if (aside) restoreAside(installed, aside);
      throw error;
    }
    if (code !== 0) {
      if (aside) restoreAside(installed, aside);
      throw new CliError(`openclaw plugins install failed (exit ${code}); ${aside ? 'the installed plugin is as it was' : 'nothing else was changed'}`);
    }
    if (aside) rmSync(aside, { recursive: true, force: true });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  println(ctx.stdout, '✓ Installed. OpenClaw now offers, beside its own Anthropic choices:');
  println(ctx.stdout, '    openclaw onboard --auth-choice openclaw-auth-setup-token');
  println(ctx.stdout, '    openclaw models auth login --provider openclaw-auth --method setup-token   (renew: add --profile-id <id>)');
  println(ctx.stdout, '    openclaw credentials   (this dashboard, inside OpenClaw)');
  println(ctx.stdout, 'Restart a running gateway to load it: openclaw gateway restart');
  if (!usesSqliteStore(version)) {
    explainInstallScan(ctx);
    await offerAllowlistPin(ctx, bin, options.pinAllowlist === true);
  }
  return 0;
}

/** OpenClaw 2026.3 scans a plugin's files by pattern and warns; what each finding is, in our code. */
function explainInstallScan(ctx: Context): void {
  println(ctx.stdout, 'About OpenClaw 2026.3\'s "dangerous code patterns" warning above (a pattern scan of every file):');
  println(ctx.stdout, '  - "Shell command execution": openclaw-auth runs `claude setup-token` in a terminal to capture the token, and `openclaw` itself.');
  println(ctx.stdout, '  - "possible credential harvesting": a file that reads environment variables also makes one kind of HTTPS request: your API key');
  println(ctx.stdout, '    to Anthropic (or models.providers.anthropic.baseUrl), to check it before it is stored. Nothing else is ever sent anywhere.');
}

/**
 * OpenClaw 2026.3 prints "plugins.allow is empty" on every command once a plugin of ours is installed.
 * An allowlist also disables every plugin not on it, bundled ones included: so it is pinned to exactly
 * the plugins OpenClaw loads now (its own `plugins list --json`), which changes nothing else.
 */
async function offerAllowlistPin(ctx: Context, bin: string, pin: boolean): Promise<void> {
  const config = (await readConfig(ctx.paths.configPath)).raw;
  const plugins = isJsonObject(config.plugins) ? config.plugins : {};
  if (Array.isArray(plugins.allow) && plugins.allow.length) return;
  const loaded = loadedPluginIds(bin, ctx);
  if (!loaded?.includes('openclaw-auth')) return;
  let accepted = pin;
  if (!accepted && ctx.stdin.isTTY) {
    const { default: confirm } = await import('@inquirer/confirm');
    accepted = await confirm({ message: `Pin plugins.allow to the ${loaded.length} plugins OpenClaw loads now, so it stops warning "plugins.allow is empty" on every command?`, default: true }, { input: ctx.stdin, output: ctx.stderr }).catch(() => false);
  }
  if (!accepted) {
    println(ctx.stderr, `! OpenClaw 2026.3 warns "plugins.allow is empty" on every command until its trusted plugins are pinned: openclaw-auth plugin install --pin-allowlist (pins the ${loaded.length} it loads now: ${loaded.join(', ')})`);
    return;
  }
  await updateConfig(
    ctx.paths.configPath,
    (raw) => {
      const section = isJsonObject(raw.plugins) ? raw.plugins : (raw.plugins = {});
      (section as JsonObject).allow = loaded;
    },
    { stateDir: ctx.paths.stateDir },
  );
  println(ctx.stdout, `✓ plugins.allow pinned to the plugins OpenClaw loads now: ${loaded.join(', ')}. A plugin you install later goes on that list too.`);
}

/** The ids of the plugins OpenClaw loads now, in its own words (`openclaw plugins list --json`). */
function loadedPluginIds(bin: string, ctx: Context): string[] | undefined {
  const listed = spawnSync(bin, ['plugins', 'list', '--json'], { encoding: 'utf8', env: definedEnv(ctx.env), cwd: ctx.cwd, timeout: 60_000 });
  if (listed.status !== 0) return undefined;
  try {
    const json: unknown = JSON.parse(listed.stdout.slice(listed.stdout.indexOf('{')));
    const entries = isJsonObject(json) && Array.isArray(json.plugins) ? json.plugins : [];
    return entries.flatMap((entry) => (isJsonObject(entry) && entry.enabled === true && typeof entry.id === 'string' ? [entry.id] : []));
  } catch {
    return undefined;
  }
}
