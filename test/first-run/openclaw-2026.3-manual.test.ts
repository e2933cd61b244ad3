// A new user's first run on OpenClaw 2026.3.13: plain `openclaw onboard`, Manual, each of our
// three choices (Sign in with Claude: the real Claude Code 2.1.197 through the OAuth stand-in), to
// onboarding's end; then OpenClaw's own status sees the credential.
import { describe, expect, it } from 'vitest';
import { expectOpenclawSeesIt, expectOurWordsInOpenclawsNotes, firstRunHarness, type OurChoice } from '../helpers/first-run.js';
import { OPENCLAW_BIN, peersInstalled, requirePeers } from '../helpers/peers.js';
import { firstRunAnswers2026_3 } from '../helpers/first-run-2026.3.js';
import { CLAUDE_RELEASES } from '../helpers/oauth-standin.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

const { run } = firstRunHarness(OPENCLAW_BIN, [], { models: 'with-list', claude: CLAUDE_RELEASES[0].bin });

describe.skipIf(!peersInstalled)('OpenClaw 2026.3.13: plain openclaw onboard, Manual (tmux, nothing preset but the API on 127.0.0.1)', () => {
  it.each(['setup-token', 'paste-token', 'api-key'] as OurChoice[])('%s: accepted, an Anthropic default is set, onboarding ends', async (choice) => {
    const result = await run(choice, firstRunAnswers2026_3('Manual'), /Onboarding complete/);
    expect(result.screen).toContain('Onboarding complete');
    await expectOpenclawSeesIt(result, choice);
    expectOurWordsInOpenclawsNotes(result, choice);
  }, 400_000);
});
