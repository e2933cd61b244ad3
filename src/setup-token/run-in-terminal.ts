// `claude setup-token` in the user's own terminal, from start to a result: the PTY capture with the
// terminal relayed to it, a time limit, and, when no token came, why (Ctrl-C, the time limit, or
// claude's exit with its last lines). Shared by `models auth setup-token` and the OpenClaw plugin,
// which is handed the terminal by `openclaw models auth login` and `openclaw onboard`.
import type { InputStream, OutputStream } from '../context.js';
import { CancelledError, CliError } from '../errors.js';
import { SetupTokenCapture } from './capture.js';
import { relayTerminal } from './terminal-relay.js';

export interface TerminalRun {
  stdin: InputStream;
  stdout: OutputStream;
  env: Record<string, string>;
  cwd: string;
  claudeBin: string;
  timeoutMs: number;
  /** Called the moment the token is captured (claude may still be on screen): store it now. */
  onToken?: (token: string) => void;
  /** The time limit as the user gave it ("15m"), and what to suggest when it runs out. */
  timeoutLabel?: string;
  timeoutHint?: string;
}

/** The token, or a CancelledError (Ctrl-C) / CliError (time limit, claude's exit) saying why not. */
export async function runSetupTokenInTerminal(run: TerminalRun): Promise<string> {
  const capture = await SetupTokenCapture.start({
    claudeBin: run.claudeBin,
    cols: run.stdout.columns ?? 80,
    rows: (run.stdout as { rows?: number }).rows ?? 24,
    env: run.env,
    cwd: run.cwd,
    answerQueries: true, // at once; the relay drops the user's terminal's own (later) replies
  });
  const relay = relayTerminal(run.stdin, run.stdout, capture);
  let token: string | undefined;
  capture.on('token', (value) => {
    token = value;
    run.onToken?.(value);
  });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    capture.kill('SIGKILL');
  }, run.timeoutMs);
  const exit = await new Promise<{ exitCode: number; signal?: number }>((resolve) => capture.on('exit', resolve));
  clearTimeout(timer);
  await relay.restore();
  if (token !== undefined) return token;
  if (relay.cancelled) throw new CancelledError('Cancelled: no token was stored.');
  if (timedOut) throw new CliError(`no token within ${run.timeoutLabel ?? `${Math.round(run.timeoutMs / 1000)} s`}; claude setup-token was stopped`, run.timeoutHint ? { hint: run.timeoutHint } : {});
  const lastLines = capture.lastLines().map((line) => `    ${line}`).join('\n');
  const how = exit.exitCode !== 0 || exit.signal ? `exited with code ${exit.exitCode}${exit.signal ? ` (signal ${exit.signal})` : ''}` : 'ended without printing a token';
  throw new CliError(`claude setup-token ${how}. Its last lines:\n${lastLines || '    (nothing)'}`, {
    hint: 'run it again, or store a token you already have: openclaw-auth models auth paste-token --provider anthropic',
  });
}
