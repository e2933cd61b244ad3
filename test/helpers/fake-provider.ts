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

/**
 * Anthropic's Messages API as OpenClaw's onboard uses it to test AI access with a live completion:
 * every POST /v1/messages gets a one-word reply, streamed (server-sent events) when asked to be;
 * GET /v1/models (the key check) knows every API key.
 */
export async function startFakeMessagesApi(): Promise<FakeProvider> {
  const requests: FakeProvider['requests'] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      const apiKey = (request.headers['x-api-key'] ?? request.headers.authorization) as string | undefined;
      requests.push({ path: request.url ?? '', apiKey });
      // The key check openclaw-auth makes before anything is stored: any API key is known here.
      if (request.method === 'GET' && request.url?.startsWith('/v1/models')) {
        const known = typeof apiKey === 'string' && apiKey.startsWith('sk-ant-api03-');
        response.writeHead(known ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify(known ? { data: [{ id: 'claude-opus-5', type: 'model' }], has_more: false } : { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key' } }));
        return;
      }
      if (request.method !== 'POST' || !request.url?.startsWith('/v1/messages')) {
        response.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ type: 'error', error: { type: 'not_found_error', message: 'not found' } }));
        return;
      }
      const message = { id: 'msg_test', type: 'message', role: 'assistant', model: 'claude-opus-4-6', content: [] as unknown[], stop_reason: null, stop_sequence: null, usage: { input_tokens: 1, output_tokens: 1 } };
      if (!/"stream"\s*:\s*true/.test(body)) {
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...message, content: [{ type: 'text', text: 'OK' }], stop_reason: 'end_turn' }));
        return;
      }
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      const event = (type: string, data: Record<string, unknown>) => response.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`);
      event('message_start', { message });
      event('content_block_start', { index: 0, content_block: { type: 'text', text: '' } });
      event('content_block_delta', { index: 0, delta: { type: 'text_delta', text: 'OK' } });
      event('content_block_stop', { index: 0 });
      event('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 1 } });
      event('message_stop', {});
      response.end();
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}
