// `--to ssh://host` for paste-token, paste-api-key and setup-token: the same checks as a local
// store, then the secret to the gateway host (src/remote/deliver.ts), its verdict, and whether its
// gateway needs a restart.
import type { Context } from '../../../context.js';
import { confirmOrRequireYes } from '../../../io/confirm.js';
import { println } from '../../../io/print.js';
import { maskSecret } from '../../../secrets/mask.js';
import { checkRemote, describeVerdict, probeRemote, requireNoLocalOnlyFlags, restartRemoteGateway, storeRemote, type RemoteCredential, type RemoteTool } from '../../../remote/deliver.js';
import { parseSshTarget, sshCommandLine, type SshTarget } from '../../../remote/ssh-target.js';
import { saveRemote, savedRemote } from '../../../remote/saved-remote.js';
import type { Env } from '../../../paths.js';

export interface RemoteOptions {
  to?: string;
  saveRemote?: boolean;
  restartGateway?: boolean;
  storage?: string;
}

export interface Remote {
  target: SshTarget;
  tool: RemoteTool;
  /** The environment ssh runs with: ours, less the variable a secret was read from. */
  env: Env;
}

/** The host to deliver to (`--to`, else one saved with --save-remote; `--to local`: here), probed. */
export async function resolveRemote(ctx: Context, options: RemoteOptions, secretEnv?: string): Promise<Remote | undefined> {
  const to = options.to ?? (await savedRemote(ctx.paths.stateDir));
  if (to === undefined || to === 'local') return undefined;
  const target = parseSshTarget(to);
  const env: Record<string, string | undefined> = { ...ctx.env };
  if (secretEnv) delete env[secretEnv];
  println(ctx.stderr, `Checking ${target.display} over ssh…`);
  const tool = await probeRemote(env, target);
  requireNoLocalOnlyFlags(options, tool, target);
  if (options.saveRemote && options.to) await saveRemote(ctx.paths.stateDir, options.to);
  return { target, tool, env };
}

export async function deliverAndReport(ctx: Context, remote: Remote, credential: RemoteCredential, options: RemoteOptions): Promise<number> {
  const { target, tool, env } = remote;
  const stored = await storeRemote(env, target, tool, credential, ctx.now());
  for (const line of stored.lines) println(ctx.stdout, `  ${target.host}: ${line}`);
  println(ctx.stdout, `✓ Stored ${maskSecret(credential.secret)} on ${target.display} as ${credential.profileId} (through ${tool.kind} ${tool.version} there)`);
  const verdict = await checkRemote(env, target, tool, credential.profileId, credential.agent);
  println(ctx.stdout, `${verdict.code === 0 ? '✓' : '!'} ${target.display}: ${describeVerdict(verdict, credential.profileId)}`);

  const restart = `${sshCommandLine(target)} openclaw gateway restart`;
  if (!stored.gatewayNotRefreshed && !options.restartGateway) {
    println(ctx.stdout, `If a gateway runs on ${target.display} and was started before this, restart it to apply: ${restart} (or --restart-gateway)`);
    return 0;
  }
  if (stored.gatewayNotRefreshed) println(ctx.stdout, `! The gateway on ${target.display} was not refreshed.`);
  let go = options.restartGateway ?? false;
  if (!go && ctx.stdin.isTTY) {
    go = await confirmOrRequireYes(ctx, `Restart the gateway on ${target.display} now?`, false).then(
      () => true,
      () => false,
    );
  }
  if (!go) {
    println(ctx.stdout, `Restart it to apply: ${restart}`);
    return 0;
  }
  const result = await restartRemoteGateway(env, target);
  println(ctx.stdout, result.code === 0 ? `✓ Restarted the gateway on ${target.display}` : `! The gateway restart on ${target.display} failed (exit ${result.code}): ${(result.stderr || result.stdout).trim().split('\n').at(-1) ?? ''}`);
  return 0;
}
