// `openclaw-auth secrets resolve`: OpenClaw's exec secret-provider protocol (formats doc). OpenClaw
// runs this (through the launcher in <state>/bin) with one JSON request on stdin,
//   {"protocolVersion":1,"provider":"openclaw-auth","ids":["main/anthropic:manual", …]}
// and reads {"protocolVersion":1,"values":{id: secret}} from stdout. Nothing but that JSON ever goes
// to stdout. An id we cannot resolve is left out of `values`, named in `errors` and on stderr.
// Exit code: non-zero when nothing could be resolved. When some ids resolved, 0 — OpenClaw batches
// every ref of a provider into one call and treats a non-zero exit as failure of *all* of them, so
// one deleted entry must not take down the others; `errors` reports it per id instead.
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { println } from '../../io/print.js';
import { readAllStdin } from '../../io/read-stdin.js';
import { isJsonObject } from '../../store/auth-profiles.js';

const MAX_REQUEST_BYTES = 1024 * 1024;

function parseRequest(text: string): string[] {
  let request: unknown;
  try {
    request = JSON.parse(text);
  } catch {
    throw new UsageError('secrets resolve expects a JSON request on stdin, e.g. {"protocolVersion":1,"ids":["main/anthropic:manual"]}');
  }
  if (!isJsonObject(request) || request.protocolVersion !== 1) throw new UsageError('secrets resolve: protocolVersion must be 1');
  const ids = request.ids;
  if (!Array.isArray(ids) || !ids.every((id): id is string => typeof id === 'string')) throw new UsageError('secrets resolve: "ids" must be an array of strings');
  return [...new Set(ids)];
}

export async function secretsResolve(ctx: Context): Promise<number> {
  const ids = parseRequest(await readAllStdin(ctx.stdin, MAX_REQUEST_BYTES));
  // Prototype-free maps: an id such as "__proto__" is a key like any other, not a setter.
  const values: Record<string, string> = Object.create(null) as Record<string, string>;
  const errors: Record<string, { message: string }> = Object.create(null) as Record<string, { message: string }>;
  const keychain = ctx.keychain();
  for (const id of ids) {
    try {
      const secret = await keychain.get(id);
      if (secret) values[id] = secret;
      else errors[id] = { message: `no keychain entry for "${id}" (removed, or the keyring is locked)` };
    } catch (error) {
      errors[id] = { message: error instanceof Error ? error.message : String(error) };
    }
  }
  const failed = Object.keys(errors);
  for (const id of failed) println(ctx.stderr, `openclaw-auth secrets resolve: ${id}: ${errors[id]?.message}`);
  println(ctx.stdout, JSON.stringify({ protocolVersion: 1, values, ...(failed.length ? { errors } : {}) }));
  return failed.length && failed.length === ids.length ? 1 : 0;
}
