import type { OutputStream } from '../context.js';

export function println(stream: OutputStream, text = ''): void {
  stream.write(`${text}\n`);
}
