import { describe, expect, it } from 'vitest';
import { verifyApiKey } from '../../src/onboard/verify-credential.js';
import { closedBaseUrl, startFakeAnthropic } from '../helpers/fake-provider.js';
import { fakeApiKey, fakeSetupToken } from '../helpers/temp-home.js';

describe('verifying an API key with the provider (local fake server)', () => {
  it('distinguishes valid, invalid, Claude-Code-only and unreachable', async () => {
    const server = await startFakeAnthropic([fakeApiKey('V')]);
    const env = { ANTHROPIC_BASE_URL: server.baseUrl };
    expect(await verifyApiKey('anthropic', fakeApiKey('V'), { env })).toEqual({ kind: 'valid' });
    expect(await verifyApiKey('anthropic', fakeApiKey('X'), { env })).toEqual({ kind: 'invalid', status: 401, message: 'invalid x-api-key' });
    expect(await verifyApiKey('anthropic', fakeSetupToken(), { env })).toMatchObject({ kind: 'claude-code-only' });
    expect(await verifyApiKey('anthropic', fakeApiKey('V'), { env: {}, baseUrl: await closedBaseUrl() })).toMatchObject({ kind: 'unreachable' });
    expect(server.requests.map((request) => request.path)).toEqual(['/v1/models?limit=1', '/v1/models?limit=1', '/v1/models?limit=1']);
  });

  it('--base-url wins over ANTHROPIC_BASE_URL', async () => {
    const server = await startFakeAnthropic([fakeApiKey('B')]);
    expect(await verifyApiKey('anthropic', fakeApiKey('B'), { env: { ANTHROPIC_BASE_URL: await closedBaseUrl() }, baseUrl: server.baseUrl })).toEqual({ kind: 'valid' });
  });
});
