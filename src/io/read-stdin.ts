import type { InputStream } from '../context.js';

/** All of stdin as text (for piped secrets). Resolves '' when stdin is closed or empty. */
export async function readAllStdin(stdin: InputStream, maxBytes = 64 * 1024): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) break; // a secret is never this long; stop reading rather than buffer a stream
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
