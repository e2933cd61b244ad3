// A new user's first `openclaw onboard` with our plugin installed, as a person runs it: a fresh HOME
// with nothing in its config but Anthropic's base URL on 127.0.0.1 (what makes it offline), no
// flags, every question OpenClaw asks answered as a person would, to onboarding's end.
import { expect } from 'vitest';
import { answerPrompts, choose, type PromptAnswer } from './clack-driver.js';
import { dirname } from 'node:path';
import { startFakeMessagesApi, type FakeProvider } from './fake-provider.js';
import { startStandin } from './oauth-standin.js';
import { runOpenclaw } from './peers.js';
import { pluginHarness } from './plugin-harness.js';
import { fakeApiKey, fakeSetupToken, makeTempHome, type TempHome } from './temp-home.js';
import type { TmuxSession } from './tmux.js';

export type OurChoice = 'setup-token' | 'paste-token' | 'api-key';

export const CHOICE_LABELS: Record<OurChoice, string> = {
  'setup-token': 'Sign in with Claude (openclaw-auth',
  'paste-token': 'Paste a setup-token (openclaw-auth',
  'api-key': 'Anthropic API key (openclaw-auth',
};

export interface FirstRun {
  home: TempHome;
  api: FakeProvider;
  secret: string;
  screen: string;
  /** The whole terminal when onboarding ended: scrollback and screen, wrapped lines joined. */
  history: string;
  /** OpenClaw's own `models status` text and its `--check` exit code, on the HOME onboard left. */
  status(): Promise<{ text: string; checkCode: number | null }>;
}

/** What a person types when OpenClaw's or our prompt asks for it. */
function secretAnswers(choice: OurChoice, secret: string): PromptAnswer[] {
  // As a person does: paste, see it arrive, press Enter.
  const paste = async (session: TmuxSession) => {
    session.paste(secret);
    await session.waitFor(`${secret.length} characters`);
    session.press('Enter');
  };
  if (choice === 'setup-token') {
    return [{ when: /Paste code here if prompted/, onScreen: true, lines: 4, answer: (session) => (session.type('code#state'), session.press('Enter')) }];
  }
  return [{ when: choice === 'paste-token' ? /Paste your Claude setup-token/ : /Paste your Anthropic API key/, onScreen: true, answer: paste }];
}

/**
 * `claude`: the real Claude Code the sign-in runs (first on PATH, through the OAuth stand-in, which
 * hands out the test's token), as a new user's machine has it.
 */
export function firstRunHarness(bin: string, installFlags: string[], { models, claude }: { models: 'with-list' | 'base-url-only'; claude: string }) {
  const { install, openclawIn, PATH } = pluginHarness();

  /** `openclaw onboard` with no flags, `answers` for the release's own questions. */
  async function run(choice: OurChoice, answers: PromptAnswer[], until: RegExp): Promise<FirstRun> {
    const home = makeTempHome();
    const api = await startFakeMessagesApi();
    // Only where Anthropic is (2026.3.13 wants the provider's model list beside the URL).
    const anthropic = models === 'with-list' ? { baseUrl: api.baseUrl, models: [] } : { baseUrl: api.baseUrl };
    await install(home, bin, installFlags, { models: { providers: { anthropic } } });
    const secret = choice === 'api-key' ? fakeApiKey('F') : fakeSetupToken('F');
    const signInEnv = choice === 'setup-token' ? { ...(await startStandin(secret)).env, PATH: `${dirname(claude)}:${PATH}` } : {};
    const onboard = openclawIn(home, bin, 'onboard', signInEnv);
    const screen = await answerPrompts(
      onboard,
      [
        { when: /Model\/auth provider|Model\/Auth provider/i, answer: choose('Anthropic') },
        { when: /Anthropic auth method/, answer: choose(CHOICE_LABELS[choice]) },
        ...secretAnswers(choice, secret),
        ...answers,
      ],
      { until, fail: /✗ openclaw-auth|not available right now|was not installed and configured/, timeoutMs: 240_000 },
    );
    const history = onboard.history();
    // Onboarding goes on into OpenClaw's TUI; what it stored is what the test reads.
    onboard.kill();
    return {
      home,
      api,
      secret,
      screen,
      history,
      // One run: OpenClaw's `models status --check` prints what `models status` prints (both
      // releases, the same text), and says its verdict in the exit code.
      status: async () => {
        const check = await runOpenclaw(home.home, ['models', 'status', '--check'], { bin });
        return { text: check.stdout, checkCode: check.code };
      },
    };
  }
  return { run };
}

/**
 * What we had to say (the key check's verdict, the token captured or pasted whole; no keychain on this machine, so OpenClaw's store) is in OpenClaw's own
 * "Provider notes" box, wrapped by OpenClaw, never raw text between its prompts cut by the terminal.
 */
export function expectOurWordsInOpenclawsNotes(result: FirstRun, choice: OurChoice): void {
  if (choice === 'api-key') expect(result.history).toMatch(/^│\s+✓ accepted by Anthropic/m);
  const masked = `${result.secret.slice(0, 8)}...${result.secret.slice(-8)}`;
  if (choice === 'setup-token') expect(result.history).toContain(`✓ captured claude's setup-token whole: ${masked} (108 characters)`);
  if (choice === 'paste-token') expect(result.history).toContain(`✓ setup-token pasted whole: ${masked} (108 characters)`);
  expect(result.history).toMatch(/^│\s+! OS keychain unavailable: no D-Bus session bus/m);
  // The warning says where the secret went instead, once: no "the secret is in OpenClaw's own store" after it.
  expect(result.history).toMatch(/^│\s+! Storing it in OpenClaw's own store instead/m);
  expect(result.history).not.toContain('openclaw-auth: the secret is in');
  expect(result.history).not.toMatch(/^[!✓] /m);
}

/** What OpenClaw's own status must show after a first run with our choice. */
export async function expectOpenclawSeesIt(result: FirstRun, choice: OurChoice): Promise<void> {
  const { text, checkCode } = await result.status();
  expect(text).toMatch(/^Default\s+: anthropic\//m);
  const masked = `${result.secret.slice(0, 8)}...${result.secret.slice(-8)}`;
  expect(text).toContain(choice === 'api-key' ? `=${masked}` : `=token:${masked}`);
  if (choice !== 'api-key') expect(text).toMatch(/ok expires in 36[45]d/);
  expect(checkCode, text).toBe(0);
}
