// Config-level SecretRefs: a provider's API key kept outside OpenClaw, as
// `models.providers.<p>.apiKey = {source: exec|env|file, provider, id}` — what `openclaw vault setup`
// and `openclaw onepassword secretref setup` + `secrets apply` write. No auth profile exists for
// such a provider, and it is not "without credentials": OpenClaw resolves the ref when it runs.
import { existsSync } from 'node:fs';
import { asSecretRef, isJsonObject, type JsonObject, type SecretRef } from '../store/auth-profiles.js';
import { EXEC_PROVIDER } from '../secrets/exec-provider.js';
import { definedEnv, type Env } from '../paths.js';
import { lookupEnv, type EnvSources } from './env-keys.js';

export interface ConfigSecretRef {
  /** The model provider whose key it is (`anthropic`). */
  provider: string;
  ref: SecretRef;
  /** Where the secret is kept, in a person's words: "Vault", "1Password", "the OS keychain", "exec:<alias>". */
  where: string;
  /** The config path, for messages. */
  path: string;
}

export interface ConfigRefProbe {
  /** true resolved, false not, undefined: only OpenClaw can tell (a plugin integration). */
  ok: boolean | undefined;
  detail: string;
}

function secretProviders(config: JsonObject): JsonObject {
  const secrets = isJsonObject(config.secrets) ? config.secrets : {};
  return isJsonObject(secrets.providers) ? secrets.providers : {};
}

function providerConfig(config: JsonObject, alias: string): JsonObject | undefined {
  const providers = secretProviders(config);
  const entry = Object.hasOwn(providers, alias) ? providers[alias] : undefined;
  return isJsonObject(entry) ? entry : undefined;
}

const INTEGRATION_NAMES: Readonly<Record<string, string>> = { vault: 'Vault', onepassword: '1Password' };

function describeWhere(config: JsonObject, ref: SecretRef): string {
  if (ref.source === 'env') return `env:${ref.id}`;
  if (ref.source === 'exec' && ref.provider === EXEC_PROVIDER) return 'the OS keychain';
  const entry = providerConfig(config, ref.provider);
  const integration = entry && isJsonObject(entry.pluginIntegration) && typeof entry.pluginIntegration.pluginId === 'string' ? entry.pluginIntegration.pluginId : undefined;
  const named = integration ?? ref.provider;
  if (Object.hasOwn(INTEGRATION_NAMES, named)) return INTEGRATION_NAMES[named] as string;
  return `${ref.source}:${ref.provider}`;
}

/** Every provider whose `apiKey` in openclaw.json is a SecretRef. */
export function configSecretRefs(config: JsonObject): ConfigSecretRef[] {
  const models = isJsonObject(config.models) ? config.models : {};
  const providers = isJsonObject(models.providers) ? models.providers : {};
  const out: ConfigSecretRef[] = [];
  for (const [provider, entry] of Object.entries(providers)) {
    if (!isJsonObject(entry)) continue;
    const ref = asSecretRef(entry.apiKey);
    if (!ref) continue;
    out.push({ provider: provider.toLowerCase(), ref, where: describeWhere(config, ref), path: `models.providers.${provider}.apiKey` });
  }
  return out.sort((a, b) => (a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : 0));
}

const PROBE_TIMEOUT_MS = 10_000;

/**
 * Resolve the ref without showing it (`--probe`): an env ref by its variable, a file ref by its file,
 * an exec ref by running its command with OpenClaw's protocol (v1: the request on stdin, values in
 * the JSON answer). A plugin integration (Vault, 1Password) is run by OpenClaw only.
 */
export async function probeConfigSecretRef(config: JsonObject, entry: ConfigSecretRef, env: EnvSources, processEnv: Env): Promise<ConfigRefProbe> {
  const { ref } = entry;
  if (ref.source === 'env') return lookupEnv(env, ref.id) ? { ok: true, detail: `${ref.id} is set` } : { ok: false, detail: `${ref.id} is not set` };
  const provider = providerConfig(config, ref.provider);
  if (!provider) return { ok: false, detail: `secrets.providers.${ref.provider} is not declared in openclaw.json` };
  if (ref.source === 'file') {
    const path = typeof provider.path === 'string' ? provider.path : undefined;
    return path && existsSync(path) ? { ok: true, detail: `its file ${path} exists` } : { ok: false, detail: `its file ${path ?? '(no path)'} is missing` };
  }
  if (ref.source !== 'exec') return { ok: undefined, detail: `${ref.source} refs are resolved by OpenClaw only` };
  if (typeof provider.command !== 'string') {
    return { ok: undefined, detail: `resolved by OpenClaw's ${describeWhere(config, ref)} integration: check it with openclaw secrets audit --check --allow-exec` };
  }
  return runExecProvider(provider, ref, processEnv);
}

async function runExecProvider(provider: JsonObject, ref: SecretRef, processEnv: Env): Promise<ConfigRefProbe> {
  // Loaded here, not with the module: this file is on `models status --check`'s start-up path.
  const { spawn } = await import('node:child_process');
  const args = Array.isArray(provider.args) ? provider.args.filter((arg): arg is string => typeof arg === 'string') : [];
  const passEnv = Array.isArray(provider.passEnv) ? provider.passEnv.filter((name): name is string => typeof name === 'string') : [];
  const env = Object.fromEntries(Object.entries(definedEnv(processEnv)).filter(([name]) => passEnv.includes(name)));
  const timeout = typeof provider.timeoutMs === 'number' && provider.timeoutMs > 0 ? provider.timeoutMs : PROBE_TIMEOUT_MS;
  return new Promise((resolve) => {
    const child = spawn(provider.command as string, args, { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ ok: false, detail: `its command gave no answer in ${Math.round(timeout / 1000)} s` });
    }, timeout);
    child.stdout.on('data', (chunk: Buffer) => {
      if (out.length < 1 << 20) out += chunk.toString('utf8');
    });
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ ok: false, detail: `its command cannot run (${error.message})` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0) return resolve({ ok: false, detail: `its command exited with code ${code}` });
      try {
        const answer: unknown = JSON.parse(out);
        const values = isJsonObject(answer) && isJsonObject(answer.values) ? answer.values : {};
        const value = Object.hasOwn(values, ref.id) ? values[ref.id] : undefined;
        resolve(typeof value === 'string' && value.trim() ? { ok: true, detail: 'its command returned a value' } : { ok: false, detail: `its command returned no value for ${ref.id}` });
      } catch {
        resolve({ ok: false, detail: 'its command did not answer in JSON' });
      }
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(JSON.stringify({ protocolVersion: 1, provider: ref.provider, ids: [ref.id] }));
  });
}
