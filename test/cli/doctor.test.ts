import { chmodSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';
import { DAY, HOUR, fakeApiKey, fakeSetupToken, makeTempHome } from '../helpers/temp-home.js';

const doctor = (home: string, args: string[] = [], env: Record<string, string> = {}) => runCli(home, ['doctor', ...args], { env });

describe('doctor', () => {
  it('a healthy setup: only ✓ and !, exit 0', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 300 * DAY } } });
    const result = await doctor(home.home);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('✓ File and directory permissions');
    expect(result.stdout).not.toContain('✗');
  });

  it('files others can read: ✗ with the chmod, and --fix applies it', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:default': { type: 'api_key', provider: 'anthropic', key: fakeApiKey() } } });
    chmodSync(home.storePath(), 0o644);
    chmodSync(home.stateDir, 0o755);
    const before = await doctor(home.home);
    expect(before.code).toBe(1);
    expect(before.stdout).toContain('✗ ~/.openclaw/agents/main/agent/auth-profiles.json is readable by other users (mode 644)');
    expect(before.stdout).toContain('fix: chmod 600 ~/.openclaw/agents/main/agent/auth-profiles.json');
    const fixed = await doctor(home.home, ['--fix']);
    expect(fixed.code).toBe(0);
    expect(home.mode(home.storePath())).toBe(0o600);
    expect(home.mode(home.stateDir)).toBe(0o700);
  });

  it('expired, expiring, no expiry, and a missing secret, each with its fix', async () => {
    const home = makeTempHome();
    home.writeStore({
      version: 1,
      profiles: {
        'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken('O'), expires: Date.now() - 2 * DAY },
        'anthropic:soon': { type: 'token', provider: 'anthropic', token: fakeSetupToken('S'), expires: Date.now() + 5 * HOUR },
        'anthropic:forever': { type: 'token', provider: 'anthropic', token: fakeSetupToken('F') },
        'anthropic:empty': { type: 'token', provider: 'anthropic' },
      },
    });
    const result = await doctor(home.home);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ anthropic:old has expired');
    expect(result.stdout).toContain('! anthropic:soon expires in 5h');
    expect(result.stdout).toContain('! anthropic:forever has no known expiry');
    expect(result.stdout).toContain('✗ anthropic:empty cannot be used');
    expect(result.stdout).toContain('fix: openclaw-auth onboard --reauth anthropic:old');
  });

  it('a setup-token stored as ANTHROPIC_API_KEY in .env is a failure with the reason', async () => {
    const home = makeTempHome();
    home.writeFile(home.dotenvPath, `ANTHROPIC_API_KEY=${fakeSetupToken()}\n`);
    const result = await doctor(home.home);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ ANTHROPIC_API_KEY in ~/.openclaw/.env holds a setup-token');
    expect(result.stdout).toContain('only authorized for use with Claude Code');
  });

  it('an API key only in the shell is a warning: a daemon would not see it', async () => {
    const home = makeTempHome();
    const result = await doctor(home.home, [], { ANTHROPIC_API_KEY: fakeApiKey() });
    expect(result.stdout).toContain('! ANTHROPIC_API_KEY is set only in this shell');
    expect(result.stdout).toContain('--storage env --secret-env ANTHROPIC_API_KEY');
  });

  it('--fix drops order entries naming unknown profiles, keeping every credential', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:a': { type: 'api_key', provider: 'anthropic', key: fakeApiKey() } }, order: { anthropic: ['anthropic:gone', 'anthropic:a'] } });
    expect((await doctor(home.home)).stdout).toContain('! The anthropic order names unknown profiles: anthropic:gone');
    await doctor(home.home, ['--fix']);
    expect(home.readStore()).toMatchObject({ order: { anthropic: ['anthropic:a'] }, profiles: { 'anthropic:a': { key: fakeApiKey() } } });
  });

  it('a corrupt store: ✗ naming it; --fix moves it aside only with --yes (kept, never deleted)', async () => {
    const home = makeTempHome();
    home.writeFile(home.storePath(), '{"version":1,');
    const without = await doctor(home.home, ['--fix']);
    expect(without.code).toBe(1);
    expect(without.stdout).toContain('✗ ~/.openclaw/agents/main/agent/auth-profiles.json cannot be read');
    expect(readFileSync(home.storePath(), 'utf8')).toBe('{"version":1,');
    const fixed = await doctor(home.home, ['--fix', '--yes']);
    expect(fixed.stdout).toContain('moved ~/.openclaw/agents/main/agent/auth-profiles.json aside');
    expect(existsSync(home.storePath())).toBe(false);
    const aside = readdirSync(home.agentDir()).find((name) => name.startsWith('auth-profiles.json.corrupt-'));
    expect(aside && readFileSync(`${home.agentDir()}/${aside}`, 'utf8')).toBe('{"version":1,');
  });

  it("a credential for anthropic while the default model is OpenAI's: the fix points the default at anthropic, never onboard again", async () => {
    const home = makeTempHome();
    home.writeConfig({ agents: { defaults: { model: { primary: 'openai/gpt-5.4' } } } });
    home.writeStore({ version: 1, profiles: { 'anthropic:manual': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() + 300 * DAY } } });
    const result = await doctor(home.home);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain("✗ The default model's provider has no credentials (openai/gpt-5.4)");
    expect(result.stdout).toContain('fix: openclaw models set anthropic/claude-opus-4-6');
    expect(result.stdout).not.toMatch(/fix: openclaw-auth onboard\s*$/m);
  });

  it('a setup-token of the wrong shape already stored (79 characters, as a bracketed paste cut it): ✗ with the re-auth, not only "no known expiry"', async () => {
    const home = makeTempHome();
    const cut = fakeSetupToken('W').slice(0, 79);
    home.writeStore({ version: 1, profiles: { 'anthropic:pasted': { type: 'token', provider: 'anthropic', token: cut } } });
    const result = await doctor(home.home);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('✗ anthropic:pasted holds a setup-token of the wrong shape');
    expect(result.stdout).toContain('79 characters');
    expect(result.stdout).toContain('fix: openclaw-auth onboard --reauth anthropic:pasted');
    expect(result.stdout + result.stderr).not.toContain(cut.slice(13));
  });

  it('--json lists every check', async () => {
    const home = makeTempHome();
    home.writeStore({ version: 1, profiles: { 'anthropic:old': { type: 'token', provider: 'anthropic', token: fakeSetupToken(), expires: Date.now() - DAY } } });
    const result = await doctor(home.home, ['--json']);
    const json = JSON.parse(result.stdout);
    expect(json.ok).toBe(false);
    expect(json.checks).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'expired:anthropic:old', level: 'fail' })]));
  });
});

describe('doctor with a corrupt store', () => {
  it('still reports what it can judge without it (a setup-token in .env), and says when no credentials remain after --fix', async () => {
    const home = makeTempHome();
    home.writeFile(home.storePath(), '{"version":1,"profiles":{');
    home.writeFile(home.dotenvPath, `ANTHROPIC_API_KEY=${fakeSetupToken()}\n`);
    const result = await doctor(home.home);
    expect(result.stdout).toContain('✗ ~/.openclaw/agents/main/agent/auth-profiles.json cannot be read');
    expect(result.stdout).toContain('✗ ANTHROPIC_API_KEY in ~/.openclaw/.env holds a setup-token');
    expect(result.stdout).toContain('Claude Code CLI');

    const clean = makeTempHome();
    clean.writeFile(clean.storePath(), 'not json');
    const fixed = await doctor(clean.home, ['--fix', '--yes']);
    expect(fixed.stdout).toContain('→ moved ~/.openclaw/agents/main/agent/auth-profiles.json aside');
    expect(fixed.stdout).toContain('✗ anthropic has no credentials');
    expect(fixed.stdout).toContain('fix: openclaw-auth onboard');
  });
});
