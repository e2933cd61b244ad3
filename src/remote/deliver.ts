// Delivering a credential to the gateway host (`--to ssh://host`): sign-in and checks happen here,
// where the browser is; the secret crosses over the user's ssh on stdin, into `openclaw-auth` there
// if it is installed (same checks, keychain or file by that host's rules), else into that host's
// own `openclaw models auth paste-token|paste-api-key` (JSON or SQLite, whichever it uses). Then the
// host's own `models status --check` gives the verdict for that profile.
//
//   probe   before anything else (before sign-in): reachable, host key known, which tool, its version
//   store   the secret on stdin; OpenClaw 2026.3's paste-token reads only a terminal, so it gets one
//           (ssh -tt) and the secret is typed at its prompt, never echoed
//   check   `models status --check --json` there, and whether its gateway must be restarted
import { CliError, UsageError } from '../errors.js';
import type { Env } from '../paths.js';
import type { CredentialKind } from '../providers.js';
import { redactSecrets } from '../secrets/mask.js';
import { shellQuote } from '../io/shell-quote.js';
import { parseOpenclawVersion, usesSqliteStore } from '../openclaw/openclaw-version.js';
import { formatRemainingShort } from '../duration.js';
import { runSsh, type SshResult } from './ssh.js';
import { sshCommandLine, type SshTarget } from './ssh-target.js';

export type RemoteTool = { kind: 'openclaw-auth' | 'openclaw'; path: string; version: string };

/** Where a non-login shell's PATH often lacks the tools: npm's and Homebrew's bins, nvm, volta. */
const FIND_TOOLS = [
  'for d in "$HOME/.local/bin" "$HOME/.npm-global/bin" "$HOME/bin" /usr/local/bin /opt/homebrew/bin /snap/bin "$HOME/.volta/bin" "$HOME"/.nvm/versions/node/*/bin; do',
  '  if [ -d "$d" ]; then case ":$PATH:" in *":$d:"*) ;; *) PATH="$PATH:$d" ;; esac; fi',
  'done',
  'export PATH',
].join('\n');
const MARK = 'OPENCLAW_AUTH_REMOTE:';

/** A remote script that finds the tools, optionally runs `before`, then execs `argv` (each word quoted). */
function execScript(argv: readonly string[], before?: string): string {
  return `${FIND_TOOLS}\n${before ? `${before}\n` : ''}exec ${argv.map(shellQuote).join(' ')}`;
}
const GATEWAY_NOT_REFRESHED = /local Gateway could not refresh/;

export class RemoteError extends CliError {}

/** The host's output without terminal escapes (colours, cursor moves). */
// eslint-disable-next-line no-control-regex
const withoutEscapes = (text: string) => text.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');

/** Any 8 characters of the secret past its prefix, or a bare prefix being typed: part of it shows. */
function holdsPartOf(line: string, secret: string): boolean {
  if (/sk-ant-[a-z]*\d*-?[A-Za-z0-9_-]*█/.test(line)) return true;
  const masked = line.replace(/sk-ant-o\.\.\.[A-Za-z0-9_-]{8}|sk-ant-a\.\.\.[A-Za-z0-9_-]{8}/g, '');
  for (let start = 13; start + 8 <= secret.length; start += 1) if (masked.includes(secret.slice(start, start + 8))) return true;
  return false;
}

/**
 * ssh's own words for why it could not get in, or lost the host, as one line; undefined when it did
 * get in. `sent`: the secret was already on its way, so a lost connection may have delivered it.
 */
function sshFailure(target: SshTarget, result: SshResult, sent = false): RemoteError | undefined {
  const check = `check there: ${sshCommandLine(target)} openclaw models status`;
  if (result.timedOut) {
    const waited = `${target.display} gave no answer within ${Math.round(result.timeoutMs / 1000)} s`;
    return sent ? new RemoteError(`${waited}; the secret may have arrived`, { hint: check }) : new RemoteError(`${waited}; nothing was sent`, { hint: `check that ${sshCommandLine(target)} works (OPENCLAW_AUTH_SSH_TIMEOUT sets the limit, in seconds)` });
  }
  if (result.code !== 255) return undefined;
  const words = result.stderr.split('\n').map((line) => line.trim()).filter((line) => line && !/^(@+|Warning: Permanently added)/.test(line));
  const said = words.join('; ') || 'ssh failed';
  if (/host key verification failed|no .* host key is known|REMOTE HOST IDENTIFICATION HAS CHANGED/i.test(said)) {
    return new RemoteError(`${target.display}: ssh does not trust this host's key (${said}); nothing was sent`, { hint: `connect once with ${sshCommandLine(target)} to check the key and accept it, then run this again` });
  }
  if (/permission denied/i.test(said)) {
    return new RemoteError(`${target.display}: ssh could not log in (${said}); nothing was sent`, { hint: `make ${sshCommandLine(target)} work without a password prompt (a key, or ssh-agent)` });
  }
  // Past the log-in, the secret was on its way when the connection went: it may have been stored.
  const neverConnected = /connection refused|could not resolve|no route to host|network is unreachable|connection timed out/i.test(said);
  if (sent && !neverConnected) return new RemoteError(`the connection to ${target.display} was lost (${said}); the secret may have arrived`, { hint: check });
  return new RemoteError(`cannot reach ${target.display} over ssh (${said}); nothing was sent`);
}

/** Which of our tools the host has, found as a non-login shell would and in the usual places. */
export async function probeRemote(env: Env, target: SshTarget): Promise<RemoteTool> {
  const script = [
    FIND_TOOLS,
    'for tool in openclaw-auth openclaw; do',
    '  if command -v "$tool" >/dev/null 2>&1; then',
    `    echo "${MARK} tool=$tool path=$(command -v "$tool") version=$("$tool" --version 2>/dev/null | tail -n 1)"`,
    '    exit 0',
    '  fi',
    'done',
    `echo "${MARK} none PATH=$PATH"`,
    'exit 127',
  ].join('\n');
  const result = await runSsh(env, target, script, { timeoutMs: 60_000 });
  const failure = sshFailure(target, result);
  if (failure) throw failure;
  const line = result.stdout.split('\n').find((entry) => entry.startsWith(MARK)) ?? '';
  const found = /tool=(openclaw-auth|openclaw) path=(\S+) version=(.*)$/.exec(line);
  if (!found) {
    const path = /PATH=(\S*)/.exec(line)?.[1];
    throw new RemoteError(`neither openclaw-auth nor openclaw is installed on ${target.display}${path ? ` (looked in ${path})` : ''}; nothing was sent`, {
      hint: `install one there: ${sshCommandLine(target)} npm install -g openclaw-auth (or OpenClaw itself)`,
    });
  }
  const said = (found[3] ?? '').trim();
  // "OpenClaw 2026.3.13 (61d171a)" → 2026.3.13; our own --version is the bare semver.
  return { kind: found[1] as RemoteTool['kind'], path: found[2] as string, version: /\d+\.\d+\.\d+/.exec(said)?.[0] ?? said };
}

export interface RemoteCredential {
  kind: CredentialKind;
  provider: string;
  profileId: string;
  secret: string;
  expires?: number;
  agent?: string;
  storage?: string;
  yes?: boolean;
}

export interface RemoteStored {
  /** What the host's tool printed, secrets masked. */
  lines: string[];
  /** Set when that host's OpenClaw said its gateway was not refreshed. */
  gatewayNotRefreshed: boolean;
}

function storeArgs(tool: RemoteTool, credential: RemoteCredential, now: number): string[] {
  const command = credential.kind === 'token' ? 'paste-token' : 'paste-api-key';
  const args = ['models', 'auth', command, '--provider', credential.provider, '--profile-id', credential.profileId];
  if (credential.kind === 'token' && credential.expires !== undefined) args.push('--expires-in', `${Math.max(1, Math.round((credential.expires - now) / 60_000))}m`);
  if (credential.agent) args.push('--agent', credential.agent);
  if (tool.kind === 'openclaw-auth') {
    if (credential.storage) args.push('--storage', credential.storage);
    if (credential.yes) args.push('--yes');
  }
  return args;
}

export async function storeRemote(env: Env, target: SshTarget, tool: RemoteTool, credential: RemoteCredential, now: number): Promise<RemoteStored> {
  // OpenClaw before 2026.6 (its SQLite era) reads paste-token only from a terminal, and has no paste-api-key.
  const version = parseOpenclawVersion(tool.version);
  const needsTerminal = tool.kind === 'openclaw' && version !== undefined && !usesSqliteStore(version);
  if (needsTerminal && credential.kind === 'api_key') {
    throw new RemoteError(`OpenClaw ${tool.version} on ${target.display} cannot take an API key on stdin (it has no paste-api-key); nothing was sent`, {
      hint: `install openclaw-auth there (${sshCommandLine(target)} npm install -g openclaw-auth), or put ANTHROPIC_API_KEY in ~/.openclaw/.env there`,
    });
  }
  // OpenClaw's own paste-token replaces a profile without asking (openclaw-auth there asks for
  // --yes, as it does here): without --yes, look first, and send nothing if it exists.
  if (tool.kind === 'openclaw' && !credential.yes) {
    const existing = await checkRemote(env, target, tool, credential.profileId, credential.agent);
    if (existing.profile) throw new RemoteError(`${credential.profileId} exists already on ${target.display}; nothing was sent`, { hint: `add --yes to replace it on ${target.display}` });
  }
  // ssh -tt from a pipe gives the remote terminal no size, and a prompt library then wraps at every
  // character: give it one.
  const script = execScript([tool.path, ...storeArgs(tool, credential, now)], needsTerminal ? 'stty cols 200 rows 50 2>/dev/null' : undefined);
  let typed = false;
  const result = await runSsh(
    env,
    target,
    script,
    needsTerminal
      ? {
          // Typed once its prompt is up (a hidden field), as a person would; never before, when the
          // terminal would still echo it.
          tty: {
            answer: (output, write) => {
              if (typed || !/Pastetokenfor/i.test(withoutEscapes(output).replace(/\s+/g, ''))) return;
              typed = true;
              write(`${credential.secret}\r`);
            },
          },
        }
      : { input: `${credential.secret}\n` },
  );
  const failure = sshFailure(target, result, !needsTerminal || typed);
  if (failure) throw failure;
  // What the host said, without anything of the secret: OpenClaw 2026.3's prompt echoes it as it is
  // typed, one prefix at a time, which no whole-value mask catches — such lines are dropped.
  const lines = redactSecrets(withoutEscapes(`${result.stdout}\n${result.stderr}`).replace(/\r/g, ''), [credential.secret])
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() && !/^[│◆◇└┌●◒◐◓◑▪ _]*$/.test(line.trim()) && !/^Connection to .* closed\.$/.test(line.trim()))
    .filter((line) => !holdsPartOf(line, credential.secret));
  if (result.code !== 0) {
    const said = lines.filter((line) => /✗|error|invalid|refus|not |exists/i.test(line)).at(-1) ?? lines.at(-1) ?? `exit ${result.code}`;
    // A failure after the store is no refusal: OpenClaw 2026.3 writes the profile, then fails on
    // the config (a full disk). Ask the host what it holds now before calling it refused. (Not
    // openclaw-auth there: a failure of ours changes nothing, and says so.)
    const holds = tool.kind === 'openclaw' ? await checkRemote(env, target, tool, credential.profileId, credential.agent).catch(() => undefined) : undefined;
    // OpenClaw masks a secret as its first 8, "...", its last 8: the host holds this very one.
    if (holds?.profile?.label?.includes(`...${credential.secret.slice(-8)}`)) {
      throw new RemoteError(`${target.display} stored it, then failed: ${said.replace(/^✗\s*/, '')}`, { hint: `check it there and free what it needs: ${sshCommandLine(target)} openclaw models status` });
    }
    throw new RemoteError(`${target.display} refused it: ${said.replace(/^✗\s*/, '')}`, credential.yes ? {} : { hint: /exists already/.test(said) ? `add --yes to replace it on ${target.display}` : `run it there to see why: ${sshCommandLine(target)}` });
  }
  return { lines, gatewayNotRefreshed: GATEWAY_NOT_REFRESHED.test(result.stderr + result.stdout) };
}

export interface RemoteVerdict {
  code: number;
  /** The profile's line, in OpenClaw's words (status and expiry), if the host lists it; `label`: its masked credential. */
  profile?: { status: string; remainingMs?: number; label?: string };
}

/** The host's own `models status --check --json`, for this profile. */
export async function checkRemote(env: Env, target: SshTarget, tool: RemoteTool, profileId: string, agent?: string): Promise<RemoteVerdict> {
  const args = ['models', 'status', '--check', '--json', ...(agent ? ['--agent', agent] : [])];
  const result = await runSsh(env, target, execScript([tool.path, ...args]), { timeoutMs: 90_000 });
  const failure = sshFailure(target, result);
  if (failure) throw failure;
  try {
    const json = JSON.parse(result.stdout.slice(result.stdout.indexOf('{'))) as { auth?: { oauth?: { profiles?: { profileId: string; status: string; remainingMs?: number }[] }; providers?: { profiles?: { labels?: string[] } }[] } };
    const entry = json.auth?.oauth?.profiles?.find((candidate) => candidate.profileId === profileId);
    // `<id>=<kind>:<masked>` (OpenClaw's label; an exec ref shows as ref(…)).
    const label = json.auth?.providers?.flatMap((provider) => provider.profiles?.labels ?? []).find((candidate) => candidate.startsWith(`${profileId}=`));
    const listed = entry ?? (label ? { status: 'ok' } : undefined);
    return { code: result.code, ...(listed ? { profile: { status: listed.status, ...(entry?.remainingMs !== undefined ? { remainingMs: entry.remainingMs } : {}), ...(label ? { label } : {}) } } : {}) };
  } catch {
    return { code: result.code };
  }
}

/** The verdict in one line: "models status --check exits 0; anthropic:default: ok, expires in 365d". */
export function describeVerdict(verdict: RemoteVerdict, profileId: string): string {
  const profile = verdict.profile;
  const state = profile ? `${profile.status}${profile.remainingMs !== undefined ? `, expires in ${formatRemainingShort(profile.remainingMs)}` : ''}` : 'not listed';
  return `models status --check exits ${verdict.code}; ${profileId}: ${state}`;
}

/** `openclaw gateway restart` on the host. */
export async function restartRemoteGateway(env: Env, target: SshTarget): Promise<SshResult> {
  return runSsh(env, target, execScript(['openclaw', 'gateway', 'restart']), { timeoutMs: 90_000 });
}

export function requireNoLocalOnlyFlags(options: { storage?: string | undefined }, tool: RemoteTool, target: SshTarget): void {
  if (options.storage && tool.kind !== 'openclaw-auth') {
    throw new UsageError(`--storage needs openclaw-auth on ${target.display} (only OpenClaw is there, which keeps credentials its own way)`);
  }
}
