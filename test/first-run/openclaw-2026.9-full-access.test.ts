// A new user's first run on the current OpenClaw (2026.9.6): plain `openclaw onboard`, "Full access",
// each of our three choices (Sign in with Claude: the real Claude Code 2.1.332 through the OAuth
// stand-in), to onboarding's end; then OpenClaw's own status sees the credential.
import { describe, expect, it } from 'vitest';
import { expectOpenclawSeesIt, expectOurWordsInOpenclawsNotes, firstRunHarness, type OurChoice } from '../helpers/first-run.js';
import { OPENCLAW_2026_9_BIN, peersInstalled, requirePeers } from '../helpers/peers.js';
import { firstRunAnswers2026_9 } from '../helpers/first-run-2026.9.js';
import { CLAUDE_RELEASES } from '../helpers/oauth-standin.js';

if (!peersInstalled && requirePeers) throw new Error('real openclaw not installed: run ../shared/tools/install-peers.sh');

const { run } = firstRunHarness(OPENCLAW_2026_9_BIN, ['--force', '--accept-capabilities'], { models: 'base-url-only', claude: CLAUDE_RELEASES[1].bin });

describe.skipIf(!peersInstalled)('OpenClaw 2026.9.6: plain openclaw onboard, Full access (tmux, nothing preset but the API on 127.0.0.1)', () => {
  it.each(['setup-token', 'paste-token', 'api-key'] as OurChoice[])('%s: accepted, OpenClaw\'s live check runs with our exact credential, an Anthropic default is set, onboarding ends', async (choice) => {
    const result = await run(choice, firstRunAnswers2026_9('Full access'), /Everything's in place/);
    const sent = result.api.requests.filter((request) => request.path.startsWith('/v1/messages')).map((request) => request.apiKey);
    expect(sent).toContain(choice === 'api-key' ? result.secret : `Bearer ${result.secret}`);
    await expectOpenclawSeesIt(result, choice);
    expectOurWordsInOpenclawsNotes(result, choice);
  }, 400_000);
});
