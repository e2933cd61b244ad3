// The OS keychain through @napi-rs/keyring (macOS Keychain, Windows Credential Manager, Linux
// Secret Service). Two rules from gh and gemini-cli: every call is time-boxed (a locked or missing
// Secret Service must not hang a command), and failures say specifically why.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { requirePackage } from '../load-package.js';
import { CliError } from '../errors.js';
import type { KeychainThread, NativeOp } from './keychain-thread.js';

export const KEYCHAIN_SERVICE = 'openclaw-auth';
export const KEYCHAIN_TIMEOUT_MS = 3_000;

export class KeychainUnavailableError extends CliError {
  /**
   * @param stillRunning the call that outlived its time box: the Secret Service may yet carry it out
   *   (a slow daemon under load, not a dead one), so a write or delete in the middle of a change must
   *   learn its real outcome (callOutcome) before deciding what to put back.
   */
  constructor(
    readonly reason: string,
    readonly stillRunning?: Promise<unknown>,
  ) {
    super(`OS keychain unavailable: ${reason}`, { hint: 'use --storage file (auth-profiles.json, 0600) or --storage env' });
  }
}

/** How long a change waits for a keychain call that outlived its time box before calling it unknown. */
export const KEYCHAIN_SETTLE_MS = 30_000;

/**
 * What a failed keychain write or delete really did: 'failed' (it did not happen), 'done' (it timed
 * out but went through after all), or 'unknown' (still no answer after `waitMs`; it may yet happen).
 */
export async function callOutcome(error: unknown, waitMs = KEYCHAIN_SETTLE_MS): Promise<'done' | 'failed' | 'unknown'> {
  if (!(error instanceof KeychainUnavailableError) || !error.stillRunning) return 'failed';
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'unknown'>((resolve) => {
    timer = setTimeout(() => resolve('unknown'), waitMs);
  });
  try {
    return await Promise.race([
      error.stillRunning.then(
        () => 'done' as const,
        () => 'failed' as const,
      ),
      late,
    ]);
  } finally {
    clearTimeout(timer);
  }
}

/** True once a keychain call outlived its time box; its native thread may still be blocked. */
export let keychainCallHung = false;

/** Turn the library's platform errors into a reason a person can act on. */
export function describeKeychainError(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  if (/DBUS_SESSION_BUS_ADDRESS|autolaunch/i.test(text)) return 'no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set; typical on a headless server or over SSH)';
  if (/org\.freedesktop\.secrets was not provided|ServiceUnknown/i.test(text)) return 'no Secret Service on the session bus (install and start gnome-keyring or KeePassXC)';
  if (/Did not receive a reply|NoReply|timed? ?out/i.test(text)) return 'the keychain did not answer (the Secret Service sent no reply in time)';
  if (/prompt was dismissed|\blocked\b/i.test(text)) return 'the keyring is locked (unlock it, e.g. by logging in to the desktop session)';
  if (/no result found/i.test(text)) return 'the keyring has no default collection or it is locked (unlock it once, e.g. with seahorse or gnome-keyring-daemon --unlock)';
  if (/AccessDenied|access denied|not authori[sz]ed|permission/i.test(text)) return 'access to the keychain was denied';
  return text.replace(/^(Couldn't access platform storage|Platform failure): /, '');
}

type AsyncEntryClass = typeof import('@napi-rs/keyring').AsyncEntry;
let asyncEntryClass: Promise<AsyncEntryClass> | undefined;

async function loadEntryClass(): Promise<AsyncEntryClass> {
  // Loaded on first use: the native module is only needed by commands that touch the keychain.
  asyncEntryClass ??= Promise.resolve().then(() => requirePackage<typeof import('@napi-rs/keyring')>('@napi-rs/keyring').AsyncEntry);
  return asyncEntryClass;
}

async function timeBoxed<T>(what: string, timeoutMs: number, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const running = call(controller.signal);
  running.catch(() => undefined); // its failure after the time box is read through callOutcome, if at all
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      keychainCallHung = true;
      // The abort only cancels a call not yet started; one under way runs on, and may succeed.
      controller.abort();
      reject(new KeychainUnavailableError(`the keychain did not answer within ${timeoutMs / 1000} s (${what})`, running));
    }, timeoutMs);
  });
  try {
    return await Promise.race([running, timeout]);
  } catch (error) {
    if (error instanceof KeychainUnavailableError) throw error;
    throw new KeychainUnavailableError(describeKeychainError(error));
  } finally {
    clearTimeout(timer);
  }
}

export interface Keychain {
  get(account: string): Promise<string | undefined>;
  set(account: string, secret: string): Promise<void>;
  /** True when an entry was removed. */
  delete(account: string): Promise<boolean>;
  /** Where an entry lives, for status and messages. */
  describe(account: string): string;
  /** Every account of the service (for finding entries no profile uses); the secrets are not kept. */
  list?(): Promise<string[]>;
  /** Ends a keychain opened off the thread (openKeychain's offThread): calls still waiting fail. */
  close?(): void;
}

/**
 * Store a secret and read it back: a keychain that accepts a write it cannot return is no keychain.
 * The reading decides, not the write's reply: the Secret Service library gives up on a reply after
 * about 2 s while a busy daemon still carries the write out (measured: a 1 s pause of gnome-keyring
 * fails the call and the change happens anyway). `settleMs`: how long to wait for a write that
 * outlived its time box (0 for a probe, which must answer quickly).
 */
export async function storeVerified(keychain: Keychain, account: string, secret: string, settleMs = KEYCHAIN_SETTLE_MS): Promise<void> {
  let writeError: unknown;
  try {
    await keychain.set(account, secret);
  } catch (error) {
    writeError = error;
    // A write still under way lands (or not) before we read; one that never answers is no keychain.
    if ((await callOutcome(error, settleMs)) === 'unknown') throw error;
  }
  let back: string | undefined;
  let readError: unknown;
  try {
    back = await keychain.get(account);
  } catch (error) {
    readError = error;
  }
  if (back === secret) return; // stored, whatever the write's reply said
  // Nothing readable there: take back a write that may yet land, so no entry holds the secret
  // unused (the account is a fresh one no profile points at). Another value there is another
  // writer's, and stays.
  if (back === undefined) await keychain.delete(account).catch(() => false);
  throw writeError ?? readError ?? new KeychainUnavailableError('the keychain did not return what was stored');
}

/**
 * What a delete that failed really did, read from the keychain: 'done' (the entry is gone: the reply
 * was lost, not the delete), 'failed' (the entry is still there), 'unknown' (no answer at all).
 */
export async function deleteOutcome(keychain: Keychain, account: string, error: unknown): Promise<'done' | 'failed' | 'unknown'> {
  if ((await callOutcome(error)) === 'unknown') return 'unknown';
  try {
    return (await keychain.get(account)) === undefined ? 'done' : 'failed';
  } catch {
    return 'unknown';
  }
}

/**
 * Whether a keychain call can wait on a daemon: always on macOS and Windows; on Linux only with a
 * session bus to reach (DBUS_SESSION_BUS_ADDRESS, or the bus socket in XDG_RUNTIME_DIR, which the
 * D-Bus library also finds). Without one the library fails at once (measured: 3 ms), and a worker
 * thread would only cost memory (~6 MB kept by a dashboard that runs for hours).
 */
export function keychainCallsCanWait(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform): boolean {
  if (platform !== 'linux') return true;
  if (env.DBUS_SESSION_BUS_ADDRESS) return true;
  return Boolean(env.XDG_RUNTIME_DIR) && existsSync(join(env.XDG_RUNTIME_DIR as string, 'bus'));
}

/**
 * @param offThread make the native calls on a worker thread (keychain-thread.ts): for the screens a
 *   person types into, which a keychain that does not answer must not freeze. Commands that only
 *   run and exit call the library directly, and spare the thread's start (about 20 ms).
 */
export function openKeychain(options: { timeoutMs?: number; service?: string; offThread?: boolean } = {}): Keychain {
  const timeoutMs = options.timeoutMs ?? KEYCHAIN_TIMEOUT_MS;
  const service = options.service ?? KEYCHAIN_SERVICE;
  const native = options.offThread ? threadCalls(service) : directCalls(service);
  return {
    ...(native.close ? { close: native.close } : {}),
    get: (account) => timeBoxed('read', timeoutMs, async (signal) => ((await native({ op: 'get', account }, signal)) as string | undefined) ?? undefined),
    set: (account, secret) => timeBoxed('write', timeoutMs, async (signal) => void (await native({ op: 'set', account, secret }, signal))),
    delete: (account) => timeBoxed('delete', timeoutMs, async (signal) => Boolean(await native({ op: 'delete', account }, signal))),
    describe: (account) => `OS keychain (service "${service}", account "${account}")`,
    list: () => timeBoxed('list', timeoutMs, async (signal) => (await native({ op: 'list' }, signal)) as string[]),
  };
}

type NativeCalls = ((call: NativeOp, signal: AbortSignal) => Promise<unknown>) & { close?: () => void };

function directCalls(service: string): NativeCalls {
  // On Linux, insist on the Secret Service: the library would otherwise fall back silently to the
  // kernel keyring, which forgets everything at reboot and is not what "keychain" promises.
  const entry = async (account: string) => new (await loadEntryClass())(service, account, { linux: { store: 'secret-service' } });
  return async (call, signal) => {
    if (call.op === 'list') {
      const { findCredentialsAsync } = requirePackage<typeof import('@napi-rs/keyring')>('@napi-rs/keyring');
      return (await findCredentialsAsync(service, null, signal)).map((credential) => credential.account);
    }
    const found = await entry(call.account);
    if (call.op === 'get') return (await found.getPassword(signal)) ?? undefined;
    if (call.op === 'set') return found.setPassword(call.secret, signal);
    return found.deletePassword(signal);
  };
}

function threadCalls(service: string): NativeCalls {
  let thread: Promise<KeychainThread> | undefined;
  let closed = false;
  const calls: NativeCalls = async (call, signal) => {
    if (closed) throw new Error('the screen that asked the keychain has ended');
    thread ??= import('./keychain-thread.js').then(({ keychainThread }) => keychainThread());
    return (await thread).call(service, call, signal);
  };
  calls.close = () => {
    closed = true;
    void thread?.then((started) => started.close());
  };
  return calls;
}
