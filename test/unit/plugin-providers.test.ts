// What the plugin registers with each OpenClaw release: 2026.3's onboard lists one choice per
// provider, so a plain `openclaw onboard` there showed only "Sign in with Claude" until every
// choice became a provider of its own; 2026.9 reads the manifest and gets one provider.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { anthropicDefaultModel, hostOpenclawVersion } from '../../src/plugin/host-release.js';
import { manifestChoices, providersToRegister } from '../../src/plugin/openclaw-plugin.js';

const REPO = join(import.meta.dirname, '..', '..');
const choices = manifestChoices(join(REPO, 'dist', 'plugin.mjs'));

type Registered = { id: string; auth: { id: string }[]; wizard: { onboarding: { choiceId: string; methodId: string; choiceLabel: string } } };

describe('the providers the plugin registers', () => {
  it('reads all three choices from the manifest it ships with', () => {
    expect(choices.map((choice) => choice.choiceId)).toEqual(['openclaw-auth-setup-token', 'openclaw-auth-paste-token', 'openclaw-auth-api-key']);
  });

  it('on 2026.3, one onboard choice per provider: each choice is listed, with its own method', () => {
    const providers = providersToRegister(choices, true) as unknown as Registered[];
    expect(providers.map((provider) => provider.wizard.onboarding.choiceLabel)).toEqual(choices.map((choice) => choice.choiceLabel));
    // `models auth login --provider openclaw-auth` keeps every method.
    expect(providers[0]?.id).toBe('openclaw-auth');
    expect(providers[0]?.auth.map((method) => method.id)).toEqual(['setup-token', 'paste-token', 'api-key']);
    // `--auth-choice openclaw-auth-api-key` names a provider there, as it names a choice on 2026.9.
    expect(providers.slice(1).map((provider) => [provider.id, provider.auth.map((method) => method.id)])).toEqual([
      ['openclaw-auth-paste-token', ['paste-token']],
      ['openclaw-auth-api-key', ['api-key']],
    ]);
    for (const provider of providers) expect(provider.auth.map((method) => method.id)).toContain(provider.wizard.onboarding.methodId);
  });

  it('on 2026.9 (and an unknown host), the one provider: its onboard reads the manifest', () => {
    expect((providersToRegister(choices, false) as unknown as Registered[]).map((provider) => provider.id)).toEqual(['openclaw-auth']);
  });

  it('without a readable manifest, still the setup-token choice', () => {
    expect(manifestChoices('/nonexistent/dist/plugin.mjs').map((choice) => choice.choiceId)).toEqual(['openclaw-auth-setup-token']);
  });
});

describe('which OpenClaw release runs the plugin', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function openclawPackage(version: string): string {
    const root = mkdtempSync(join(tmpdir(), 'oca-host-'));
    dirs.push(root);
    const pkg = join(root, 'lib', 'node_modules', 'openclaw');
    mkdirSync(join(pkg, 'dist'), { recursive: true });
    writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'openclaw', version }));
    writeFileSync(join(pkg, 'openclaw.mjs'), '');
    mkdirSync(join(root, 'bin'));
    symlinkSync(join(pkg, 'openclaw.mjs'), join(root, 'bin', 'openclaw'));
    return join(root, 'bin', 'openclaw');
  }

  it("is read from the package OpenClaw was started from, through bin/'s link", () => {
    expect(hostOpenclawVersion(openclawPackage('2026.3.13'))).toMatchObject({ year: 2026, month: 3 });
    expect(anthropicDefaultModel(hostOpenclawVersion(openclawPackage('2026.3.13')))).toBe('anthropic/claude-opus-4-6');
    expect(anthropicDefaultModel(hostOpenclawVersion(openclawPackage('2026.9.6')))).toBe('anthropic/claude-opus-5');
  });

  it('is unknown outside OpenClaw, and then the current default is named', () => {
    expect(hostOpenclawVersion('/nonexistent/openclaw')).toBeUndefined();
    expect(anthropicDefaultModel(undefined)).toBe('anthropic/claude-opus-5');
  });
});
