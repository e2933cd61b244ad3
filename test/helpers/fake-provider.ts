// A stand-in for a provider's HTTP API on 127.0.0.1 (no network in tests): answers key checks the
// way Anthropic does — 200 for a known API key, 401 otherwise, and Anthropic's own message for a
// setup-token sent as an API key.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach } from 'vitest';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

export interface FakeProvider {
  baseUrl: string;
  requests: { path: string; apiKey: string | undefined }[];
}

export async function startFakeAnthropic(validKeys: readonly string[]): Promise<FakeProvider> {
  const requests: FakeProvider['requests'] = [];
  const server = createServer((request, response) => {
    const apiKey = request.headers['x-api-key'] as string | undefined;
    requests.push({ path: request.url ?? '', apiKey });
    response.setHeader('content-type', 'application/json');
    if (!request.url?.startsWith('/v1/models')) {
      response.writeHead(404).end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: 'not found' } }));
    } else if (apiKey && validKeys.includes(apiKey)) {
      response.writeHead(200).end(JSON.stringify({ data: [{ id: 'claude-opus-4-6', type: 'model' }], has_more: false }));
    } else if (apiKey?.startsWith('sk-ant-oat01-')) {
      response
        .writeHead(401)
        .end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'This credential is only authorized for use with Claude Code and cannot be used for other API requests.' } }));
    } else {
      response.writeHead(401).end(JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }));
    }
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/** A base URL where nothing listens. */
export async function closedBaseUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}`;
}
