// OpenClaw 2026.9's `models status --check` by route (list.status-command, checkStatus), with our
// one improvement: a keychain ref we resolved counts as ready instead of indeterminate.
import { describe, expect, it } from 'vitest';
import { routeReadiness, type RouteInputs } from '../../src/status/route-readiness.js';
import { readModelSettings } from '../../src/status/model-refs.js';
import { profileHealth } from '../../src/status/profile-health.js';
import { listProfiles, type JsonObject } from '../../src/store/auth-profiles.js';
import { DAY, HOUR, fakeApiKey, fakeSetupToken } from '../helpers/temp-home.js';

const NOW = 1_795_000_000_000;
const anthropicDefault = { agents: { defaults: { model: { primary: 'anthropic/claude-opus-4-6' } } } };

function check(profiles: Record<string, JsonObject>, options: { env?: Record<string, string>; keychain?: Record<string, boolean>; config?: JsonObject; order?: string[] } = {}) {
  const store = { version: 1, profiles, ...(options.order ? { order: { anthropic: options.order } } : {}) };
  const health = new Map(listProfiles(store).map((profile) => [profile.id, profileHealth(profile, NOW).status]));
  const inputs: RouteInputs = {
    store,
    config: options.config ?? anthropicDefault,
    models: readModelSettings(options.config ?? anthropicDefault),
    env: { process: options.env ?? {}, dotenv: {}, config: {} },
    now: NOW,
    keychainChecks: new Map(Object.entries(options.keychain ?? {}).map(([id, ok]) => [id, { ok }])),
    healthOf: (id) => health.get(id),
  };
  return routeReadiness(inputs);
}

const token = (expires?: number) => ({ type: 'token', provider: 'anthropic', token: fakeSetupToken(), ...(expires === undefined ? {} : { expires }) });
const execRef = (provider = 'vault', id = 'anthropic/setup-token') => ({ type: 'token', provider: 'anthropic', tokenRef: { source: 'exec', provider, id } });

describe('route readiness (OpenClaw 2026.9 --check)', () => {
  it.each([
    ['a token expiring in 23h', { 'anthropic:a': token(NOW + 23 * HOUR) }, 2],
    ['a token expiring in 25h', { 'anthropic:a': token(NOW + 25 * HOUR) }, 0],
    ['a token without expiry', { 'anthropic:a': token() }, 0],
    ['an expired token', { 'anthropic:a': token(NOW - HOUR) }, 1],
    ['expires: 0', { 'anthropic:a': token(0) }, 1],
    ['a token profile with no secret', { 'anthropic:a': { type: 'token', provider: 'anthropic' } }, 1],
    ['an api key', { 'anthropic:a': { type: 'api_key', provider: 'anthropic', key: fakeApiKey() } }, 0],
    ['only an openai key', { 'openai:a': { type: 'api_key', provider: 'openai', key: 'sk-proj-abc' } }, 1],
    ['a foreign exec ref', { 'anthropic:a': execRef() }, 1],
  ])('%s → %i', (_name, profiles, code) => {
    expect(check(profiles as Record<string, JsonObject>).check).toBe(code);
  });

  it('an exec ref is indeterminate, with OpenClaw\'s message', () => {
    expect(check({ 'anthropic:a': execRef() }).modelRouteIssues).toEqual([
      { kind: 'indeterminate', provider: 'anthropic', model: 'claude-opus-4-6', evidence: 'profile', message: 'Auth readiness could not be confirmed for anthropic/claude-opus-4-6.' },
    ]);
  });

  it('an env ref is ready when its variable is set, missing when not', () => {
    const envRef = { 'anthropic:a': { type: 'token', provider: 'anthropic', tokenRef: { source: 'env', provider: 'default', id: 'MY_SETUP_TOKEN' } } };
    expect(check(envRef, { env: { MY_SETUP_TOKEN: fakeSetupToken() } }).check).toBe(0);
    expect(check(envRef).check).toBe(1);
  });

  it('our keychain ref, resolved: ready, judged by its expiry, and reported as confirmed by us', () => {
    const ours = { 'anthropic:kc': { ...execRef('openclaw-auth', 'main/anthropic:kc'), expires: NOW + 20 * HOUR } };
    const resolved = check(ours, { keychain: { 'anthropic:kc': true } });
    expect(resolved).toEqual({ modelRouteIssues: [], confirmedRuntimes: [], confirmedFromKeychain: ['anthropic:kc'], check: 2 });
    expect(check(ours, { keychain: { 'anthropic:kc': false } }).check).toBe(1);
  });

  it('the selected profile decides: a ready token ahead of an exec ref makes the route ready', () => {
    expect(check({ 'anthropic:a': token(NOW + 300 * DAY), 'anthropic:b': execRef() }, { order: ['anthropic:a', 'anthropic:b'] }).check).toBe(0);
  });

  it('with no profile usable, an env key keeps the route ready', () => {
    expect(check({ 'anthropic:a': token(NOW - HOUR) }, { env: { ANTHROPIC_API_KEY: fakeApiKey() } }).check).toBe(0);
  });
});
