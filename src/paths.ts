// The one place that knows where OpenClaw keeps things. Mirrors OpenClaw 2026.3.13's resolver
// (internals §2.4) so we read and write the very files the gateway uses.
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

export const AUTH_STORE_FILENAME = 'auth-profiles.json';
export const DEFAULT_AGENT_ID = 'main';
const LEGACY_STATE_DIRNAMES = ['.clawdbot', '.moldbot', '.moltbot'];
const CONFIG_FILENAMES = ['openclaw.json', 'clawdbot.json', 'moldbot.json', 'moltbot.json'];

export type Env = Readonly<Record<string, string | undefined>>;

/** The set variables only, as a child process's environment wants them. */
export function definedEnv(env: Env): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined));
}

export interface StatePaths {
  /** The home OpenClaw resolves against (OPENCLAW_HOME, HOME, …). */
  home: string;
  stateDir: string;
  configPath: string;
  /** `<state>/.env`: the file a daemon reads, since it does not inherit a login shell's exports. */
  dotenvPath: string;
}

function nonEmpty(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function expandTilde(path: string, home: string): string {
  if (path === '~') return home;
  if (path.startsWith('~/') || path.startsWith(`~${sep}`)) return join(home, path.slice(2));
  return path;
}

export function resolveHome(env: Env, cwd: string): string {
  const userHome = nonEmpty(env.HOME) ?? nonEmpty(env.USERPROFILE) ?? safeHomedir() ?? cwd;
  const override = nonEmpty(env.OPENCLAW_HOME);
  return override ? resolve(cwd, expandTilde(override, userHome)) : userHome;
}

function safeHomedir(): string | undefined {
  try {
    return nonEmpty(homedir());
  } catch {
    return undefined;
  }
}

export function resolveStatePaths(env: Env, cwd: string): StatePaths {
  const home = resolveHome(env, cwd);
  const explicitState = nonEmpty(env.OPENCLAW_STATE_DIR) ?? nonEmpty(env.CLAWDBOT_STATE_DIR);
  const defaultState = join(home, '.openclaw');
  let stateDir: string;
  if (explicitState) {
    stateDir = resolve(cwd, expandTilde(explicitState, home));
  } else if (existsSync(defaultState)) {
    stateDir = defaultState;
  } else {
    const legacy = LEGACY_STATE_DIRNAMES.map((name) => join(home, name)).find((dir) => existsSync(dir));
    stateDir = legacy ?? defaultState;
  }

  const explicitConfig = nonEmpty(env.OPENCLAW_CONFIG_PATH) ?? nonEmpty(env.CLAWDBOT_CONFIG_PATH);
  let configPath: string;
  if (explicitConfig) {
    configPath = resolve(cwd, expandTilde(explicitConfig, home));
  } else {
    const searchDirs = [stateDir, defaultState, ...LEGACY_STATE_DIRNAMES.map((name) => join(home, name))];
    const candidates = searchDirs.flatMap((dir) => CONFIG_FILENAMES.map((name) => join(dir, name)));
    configPath = candidates.find((path) => existsSync(path)) ?? join(stateDir, 'openclaw.json');
  }
  return { home, stateDir, configPath, dotenvPath: join(stateDir, '.env') };
}

const AGENT_ID_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function normalizeAgentId(raw: string): string {
  const id = raw.trim().toLowerCase();
  if (!AGENT_ID_PATTERN.test(id)) {
    throw new UsageError(`invalid agent id "${raw}": use lower-case letters, digits, "-" or "_" (e.g. main, work)`);
  }
  return id;
}

/** Agent entries as OpenClaw keeps them in openclaw.json `agents.list`. */
export interface AgentListEntry {
  id: string;
  agentDir?: string;
}

export interface AgentLocation {
  agentId: string;
  agentDir: string;
  /** True when the agent was chosen by `--agent` rather than defaulted. */
  explicit: boolean;
}

/**
 * `--agent <id>` → `agents.list[].agentDir` or `<state>/agents/<id>/agent`; without it,
 * OPENCLAW_AGENT_DIR / PI_CODING_AGENT_DIR, then the main agent.
 */
export function resolveAgentLocation(
  paths: StatePaths,
  env: Env,
  cwd: string,
  agent: string | undefined,
  agentList: readonly AgentListEntry[] = [],
): AgentLocation {
  if (agent === undefined) {
    const override = nonEmpty(env.OPENCLAW_AGENT_DIR) ?? nonEmpty(env.PI_CODING_AGENT_DIR);
    const agentDir = override
      ? resolve(cwd, expandTilde(override, paths.home))
      : join(paths.stateDir, 'agents', DEFAULT_AGENT_ID, 'agent');
    return { agentId: DEFAULT_AGENT_ID, agentDir, explicit: false };
  }
  const agentId = normalizeAgentId(agent);
  const listed = agentList.find((entry) => entry.id.toLowerCase() === agentId);
  const defaultDir = join(paths.stateDir, 'agents', agentId, 'agent');
  if (listed?.agentDir) {
    const dir = expandTilde(listed.agentDir, paths.home);
    return { agentId, agentDir: isAbsolute(dir) ? dir : resolve(paths.stateDir, dir), explicit: true };
  }
  if (!listed && agentId !== DEFAULT_AGENT_ID && !existsSync(defaultDir)) {
    const known = [DEFAULT_AGENT_ID, ...agentList.map((entry) => entry.id)].join(', ');
    throw new UsageError(`unknown agent id "${agentId}" (known: ${known})`, { hint: 'openclaw agents list' });
  }
  return { agentId, agentDir: defaultDir, explicit: true };
}

export function authStorePath(agentDir: string): string {
  return join(agentDir, AUTH_STORE_FILENAME);
}

/** `~/…` for paths under home, as OpenClaw prints them. */
export function displayPath(path: string, home: string): string {
  if (path === home) return '~';
  const prefix = home.endsWith(sep) ? home : home + sep;
  return path.startsWith(prefix) ? `~${sep}${path.slice(prefix.length)}` : path;
}
