// The wizard's "another machine, over ssh" storage: the credential collected here (claude's sign-in
// in this machine's browser, or a paste) goes to the gateway host the way `--to ssh://host` sends
// it (src/remote/deliver.ts), and the host's own verdict comes back for the Done step. A failure at
// any point stores nothing there and leaves the secret in the wizard, to store elsewhere.
import type { Context } from '../context.js';
import type { CredentialKind } from '../providers.js';
import { checkRemote, describeVerdict, probeRemote, restartRemoteGateway, storeRemote } from '../remote/deliver.js';
import { saveRemote } from '../remote/saved-remote.js';
import { parseSshTarget, sshCommandLine } from '../remote/ssh-target.js';
import type { WizardSaved } from './wizard-state.js';

export interface RemoteSave {
  to: string;
  kind: CredentialKind;
  provider: string;
  profileId: string;
  secret: string;
  expires?: number | undefined;
  agent?: string | undefined;
  /** Remember the host for this state dir (onboard --save-remote). */
  remember?: boolean | undefined;
  /** Run `openclaw gateway restart` there afterwards (onboard --restart-gateway). */
  restartGateway?: boolean | undefined;
}

export async function saveToRemote(ctx: Context, save: RemoteSave, progress: (line: string) => void = () => {}): Promise<WizardSaved> {
  const target = parseSshTarget(save.to, 'host');
  progress(`Checking ${target.display} over ssh…`);
  const tool = await probeRemote(ctx.env, target);
  progress(`Storing it on ${target.display} (through ${tool.kind} ${tool.version} there)…`);
  const credential = { kind: save.kind, provider: save.provider, profileId: save.profileId, secret: save.secret, yes: true, ...(save.expires !== undefined ? { expires: save.expires } : {}), ...(save.agent ? { agent: save.agent } : {}) };
  const stored = await storeRemote(ctx.env, target, tool, credential, ctx.now());
  if (save.remember) await saveRemote(ctx.paths.stateDir, save.to);
  progress(`Asking ${target.display} for its models status…`);
  const verdict = await checkRemote(ctx.env, target, tool, save.profileId, save.agent);
  // Commands to run there: the ssh line once, then each command on its own (no mid-command wraps).
  const next: string[] = [];
  if (save.restartGateway) {
    progress(`Restarting the gateway on ${target.display}…`);
    const restarted = await restartRemoteGateway(ctx.env, target);
    if (restarted.code !== 0) next.push('openclaw gateway restart', `    the restart there failed (exit ${restarted.code})`);
  } else {
    next.push('openclaw gateway restart', stored.gatewayNotRefreshed ? '    its gateway was not refreshed: restart it to apply' : '    so a running gateway there picks it up');
  }
  next.push(`${tool.kind} models status --check`);
  return {
    storage: 'remote',
    location: `${target.display} (through ${tool.kind} ${tool.version} there)`,
    profileId: save.profileId,
    ...(save.expires !== undefined ? { expires: save.expires } : {}),
    remote: { verdict: describeVerdict(verdict, save.profileId), verdictOk: verdict.code === 0, ssh: sshCommandLine(target), next },
  };
}
