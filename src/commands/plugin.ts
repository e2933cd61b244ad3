// `openclaw-auth plugin install`: this package installed as a plugin into the user's own OpenClaw,
// so `openclaw onboard` and `openclaw models auth login --provider openclaw-auth` capture the
// setup-token themselves. Packs this installed package (its published files only) and hands the
// tarball to `openclaw plugins install`, with the flags that release asks for.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { println } from '../io/print.js';
import { cliEntryPath } from '../secrets/exec-provider.js';
import { findOpenclaw, passThroughOpenclaw } from '../openclaw/openclaw-cli.js';
import { openclawVersion, usesSqliteStore } from '../openclaw/openclaw-version.js';
import { definedEnv } from '../paths.js';

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
    // 2026.6+ installs a plugin from outside ClawHub only with both flags; 2026.3 knows neither.
    const flags = usesSqliteStore(version) ? ['--force', '--accept-capabilities'] : [];
    println(ctx.stderr, `Installing the openclaw-auth plugin into OpenClaw ${version?.text ?? ''} (${bin})…`);
    const code = await passThroughOpenclaw(bin, ['plugins', 'install', join(dir, tarball), ...flags], { env: ctx.env, cwd: ctx.cwd, stdout: ctx.stdout, stderr: ctx.stderr });
    if (code !== 0) throw new CliError(`openclaw plugins install failed (exit ${code}); nothing else was changed`);
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
