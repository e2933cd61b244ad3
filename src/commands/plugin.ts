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

function restoreAside(installed: string, aside: string): void {
  rmSync(installed, { recursive: true, force: true });
  renameSync(aside, installed);
}

export async function pluginInstall(ctx: Context): Promise<number> {
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
  return 0;
}
