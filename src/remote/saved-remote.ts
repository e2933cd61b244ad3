// `--save-remote`: the gateway host remembered for this state dir, so later commands deliver there
// without `--to` (`--to local` stores here again). Only on request; no secret in it.
import { join } from 'node:path';
import { readTextIfExists } from '../fs/read-text.js';
import { writeSecretFile } from '../fs/secure-write.js';

const path = (stateDir: string) => join(stateDir, 'openclaw-auth', 'remote.json');

export async function savedRemote(stateDir: string): Promise<string | undefined> {
  const text = await readTextIfExists(path(stateDir));
  if (text === undefined) return undefined;
  try {
    const value = (JSON.parse(text) as { to?: unknown }).to;
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

export async function saveRemote(stateDir: string, to: string): Promise<void> {
  await writeSecretFile(path(stateDir), `${JSON.stringify({ version: 1, to }, null, 2)}\n`, { linkRoot: stateDir });
}
