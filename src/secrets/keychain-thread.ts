// The keychain's native calls on a worker thread, for the screens a person types into (the wizard,
// the dashboard). The Secret Service library connects to D-Bus synchronously each time an entry is
// made: a keychain daemon that does not answer held our event loop about 2 s per call (measured with
// gnome-keyring stopped: 6 s for one check), so keys pressed meanwhile were answered only then. On
// its own thread a blocked call blocks only that thread; the time boxes in keychain.ts fire on time.
//
// The thread starts on the first call and ends as soon as no call is waiting: a worker left alive
// with the native library loaded can keep the process from exiting, and an idle one costs memory.
import { Worker } from 'node:worker_threads';
import { resolvePackage } from '../load-package.js';

export type NativeOp = { op: 'get'; account: string } | { op: 'set'; account: string; secret: string } | { op: 'delete'; account: string } | { op: 'list' };

/** The library's error message, carried back as an Error for describeKeychainError. */
type Reply = { id: number; ok: true; value?: unknown } | { id: number; ok: false; message: string; aborted?: boolean };

// CommonJS run by the worker (eval: it must not depend on where the bundle put our files). It makes
// the same calls as keychain.ts's directCalls, the Secret Service insisted on in the same way. The
// secret arrives in a message, never in argv or the environment.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const keyring = require(workerData.modulePath);
const aborted = new Set();
async function run({ id, service, call }) {
  if (aborted.delete(id)) return parentPort.postMessage({ id, ok: false, aborted: true, message: 'aborted before it started' });
  try {
    let value;
    if (call.op === 'list') value = (await keyring.findCredentialsAsync(service, null)).map((credential) => credential.account);
    else {
      const entry = new keyring.AsyncEntry(service, call.account, { linux: { store: 'secret-service' } });
      if (call.op === 'get') value = (await entry.getPassword()) ?? undefined;
      else if (call.op === 'set') await entry.setPassword(call.secret);
      else value = await entry.deletePassword();
    }
    parentPort.postMessage({ id, ok: true, value });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, message: error instanceof Error ? error.message : String(error) });
  }
}
parentPort.on('message', (message) => {
  if (message.abort !== undefined) aborted.add(message.abort);
  // Started on the next turn, so an abort sent right behind a call still reaches it first.
  else setImmediate(() => run(message));
});
`;

export interface KeychainThread {
  call(service: string, call: NativeOp, signal: AbortSignal): Promise<unknown>;
  /**
   * For the end of the screen: calls still waiting fail now, and the thread ends once the one under
   * way returns (native code cannot be interrupted; the library gives up on D-Bus after about 2 s),
   * instead of the process carrying out a keychain check nobody waits for any more.
   */
  close(): void;
}

export function keychainThread(): KeychainThread {
  let worker: Worker | undefined;
  let closed = false;
  let nextId = 0;
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  const failAll = (error: Error) => {
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
    worker = undefined;
  };
  const endWhenIdle = () => {
    // Checked a turn later: the next call of a sequence (write, then read back) usually follows at once.
    setImmediate(() => {
      if (waiting.size > 0 || !worker) return;
      const idle = worker;
      worker = undefined;
      void idle.terminate();
    });
  };
  const start = (): Worker => {
    const started = new Worker(WORKER_SOURCE, { eval: true, workerData: { modulePath: resolvePackage('@napi-rs/keyring') } });
    started.on('message', (reply: Reply) => {
      const pending = waiting.get(reply.id);
      if (!pending) return;
      waiting.delete(reply.id);
      if (reply.ok) pending.resolve(reply.value);
      else pending.reject(Object.assign(new Error(reply.message), reply.aborted ? { name: 'AbortError' } : {}));
      if (waiting.size === 0) endWhenIdle();
    });
    started.on('error', (error) => {
      if (worker === started) failAll(error);
    });
    started.on('exit', () => {
      if (worker === started) failAll(new Error('the keychain thread ended'));
    });
    return started;
  };

  return {
    call(service, call, signal) {
      if (closed) return Promise.reject(new Error('the screen that asked the keychain has ended'));
      worker ??= start();
      const id = nextId++;
      const thread = worker;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        thread.postMessage({ id, service, call });
        signal.addEventListener('abort', () => thread.postMessage({ abort: id }), { once: true });
      });
    },
    close() {
      closed = true;
      const running = worker;
      failAll(new Error('the screen that asked the keychain has ended'));
      void running?.terminate();
    },
  };
}
