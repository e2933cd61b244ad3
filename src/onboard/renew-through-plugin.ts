// Renewing a token where OpenClaw 2026.6+ keeps the store (SQLite) and our plugin is installed in
// it: one `openclaw models auth login --provider openclaw-auth --method setup-token --profile-id
// <id>` in this terminal — our capture running inside OpenClaw, which stores the profile itself —
// instead of our own path through its CLI (logout, secrets apply, config patch, order set: several
// OpenClaw runs of 5–10 s each). OpenClaw 2026.3 has no --profile-id for login: it keeps our path.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT_CANCELLED } from '../errors.js';
import { runInThisTerminal } from '../io/terminal-handover.js';
import { CANCEL_MARKER_ENV } from '../plugin/cancel-marker.js';
import type { Context } from '../context.js';
import { findOpenclaw } from '../openclaw/openclaw-cli.js';
import { ourPluginState } from '../openclaw/plugin-state.js';
import type { AuthStore } from '../auth-store/auth-store.js';
import { findProfile, secretRef, storedSecret, type RawAuthStore } from '../store/auth-profiles.js';
import { isKeychainRef } from '../secrets/exec-provider.js';

export interface PluginRenewal {
  /** OpenClaw's CLI, which hands our plugin the terminal. */
  bin: string;
  /** What the person sees, on one line, before OpenClaw takes the terminal. */
  describe(profileId: string): string;
}

/** The renewal path through the plugin, when it applies to this state; undefined otherwise. */
export function pluginRenewal(ctx: Context, store: AuthStore): PluginRenewal | undefined {
  if (ctx.env.OPENCLAW_AUTH_NO_PLUGIN) return undefined;
  let bin: string | undefined;
  try {
    bin = findOpenclaw(ctx.env, ctx.cwd);
  } catch {
    return undefined;
  }
  if (!bin || ourPluginState(ctx.paths.stateDir, ctx.paths.configPath) !== 'enabled') return undefined;
  if (store.kind() !== 'openclaw') return undefined;
  return { bin, describe: (profileId) => `Renewing ${profileId} through OpenClaw (the openclaw-auth plugin): one OpenClaw run, which stores it itself.` };
}

/** Where the profile's secret lives now: our keychain ref, inline, or undefined (another ref, or no profile: the plugin asks). */
function currentStorage(store: RawAuthStore, profileId: string): 'keychain' | 'file' | undefined {
  const profile = findProfile(store, profileId);
  if (!profile) return undefined;
  const ref = secretRef(profile);
  if (isKeychainRef(ref)) return 'keychain';
  return !ref && storedSecret(profile) ? 'file' : undefined;
}

/**
 * Run the plugin's setup-token in this terminal for `profileId`; the secret stays where it lives in
 * `store` (the status view it was read from), so the plugin asks no question. Resolves to OpenClaw's exit code.
 */
export async function renewThroughPlugin(ctx: Context, renewal: PluginRenewal, profileId: string, options: { store: RawAuthStore; agent?: string | undefined }): Promise<number> {
  const args = ['models', 'auth', 'login', '--provider', 'openclaw-auth', '--method', 'setup-token', '--profile-id', profileId, ...(options.agent ? ['--agent', options.agent] : [])];
  const storage = currentStorage(options.store, profileId);
  // Where the plugin says the person pressed Ctrl-C (OpenClaw's exit code cannot tell).
  const dir = mkdtempSync(join(tmpdir(), 'openclaw-auth-renew-'));
  const marker = join(dir, 'cancelled');
  const env = { ...ctx.env, [CANCEL_MARKER_ENV]: marker, ...(storage ? { OPENCLAW_AUTH_STORAGE: storage } : {}) };
  try {
    const code = await runInThisTerminal(renewal.bin, args, { env, cwd: ctx.cwd, stdin: ctx.stdin });
    return code !== 0 && existsSync(marker) ? EXIT_CANCELLED : code;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
