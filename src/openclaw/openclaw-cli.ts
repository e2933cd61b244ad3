// Writing credentials in OpenClaw 2026.6+ (SQLite auth store) goes through OpenClaw's own CLI, the
// only supported way to change that store (2026.9 internals §6): secrets on stdin, never argv.
import { spawn } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { findOnPath, isExecutableFile } from '../fs/executables.js';
import { definedEnv, type Env } from '../paths.js';
import { CliError, UsageError } from '../errors.js';

/** OpenClaw refused; the message is its own. */
export class OpenclawRefusedError extends CliError {}

// Lines OpenClaw prints on every run that say nothing about the command (2026.9).
const NOISE = [/^Installed Gateway service state and config paths could not be verified/, /^Anthropic /, /^OpenClaw prefers /, /^Warning: Model auth changes were saved/];
const GATEWAY_NOT_REFRESHED = /local Gateway could not refresh/;

/** `--openclaw-bin` / OPENCLAW_BIN, else `openclaw` on PATH. A named one that is not there is an error, not a silent miss. */
export function findOpenclaw(env: Env, cwd: string): string | undefined {
  const explicit = env.OPENCLAW_BIN?.trim();
  if (explicit) {
    const path = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    if (!isExecutableFile(path)) throw new UsageError(`the openclaw CLI given by --openclaw-bin / OPENCLAW_BIN is not an executable file: ${path}`);
    return path;
  }
  return findOnPath('openclaw', env);
}

export interface OpenclawResult {
  /** What OpenClaw said, without its per-run noise. */
  lines: string[];
  /** Set when OpenClaw saved but could not tell the running gateway. */
  gatewayNote?: string;
}

export function runOpenclaw(bin: string, args: readonly string[], options: { env: Env; cwd: string; input?: string }): Promise<OpenclawResult> {
  return new Promise((resolvePromise, reject) => {
    const env = definedEnv(options.env);
    const child = spawn(bin, args, { env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => reject(new OpenclawRefusedError(`could not run ${bin}: ${error.message}`)));
    child.on('close', (code) => {
      const all = output.split('\n').map((line) => line.trim()).filter(Boolean);
      const lines = all.filter((line) => !NOISE.some((pattern) => pattern.test(line)));
      if (code !== 0) {
        reject(new OpenclawRefusedError(`openclaw ${args.slice(0, 3).join(' ')} refused: ${lines.at(-1) ?? `exit code ${code}`}`));
        return;
      }
      resolvePromise({ lines, ...(all.some((line) => GATEWAY_NOT_REFRESHED.test(line)) ? { gatewayNote: '! Saved, but the running gateway was not refreshed: run `openclaw gateway restart`.' } : {}) });
    });
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** Run OpenClaw with our stdout and stderr, and return its exit code as it is. */
export function passThroughOpenclaw(bin: string, args: readonly string[], options: { env: Env; cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream }): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const env = definedEnv(options.env);
    const child = spawn(bin, args, { env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => options.stdout.write(chunk));
    child.stderr.on('data', (chunk: Buffer) => options.stderr.write(chunk));
    child.on('error', (error) => reject(new OpenclawRefusedError(`could not run ${bin}: ${error.message}`)));
    child.on('close', (code) => resolvePromise(code ?? 1));
  });
}

/** Run a read-only OpenClaw command with `--json` and parse what it prints on stdout. */
export function readOpenclawJson(bin: string, args: readonly string[], options: { env: Env; cwd: string }): Promise<unknown> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(bin, args, { env: definedEnv(options.env), cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error) => reject(new OpenclawRefusedError(`could not run ${bin}: ${error.message}`)));
    child.on('close', () => {
      // OpenClaw prints its JSON (an error envelope too) on stdout, whatever the exit code.
      const start = stdout.indexOf('{');
      let parsed: unknown;
      try {
        parsed = start >= 0 ? JSON.parse(stdout.slice(start)) : undefined;
      } catch {
        parsed = undefined;
      }
      const envelope = parsed as { ok?: boolean; error?: { message?: string } } | undefined;
      if (envelope?.ok === false) reject(new OpenclawRefusedError(`openclaw ${args.slice(0, 2).join(' ')}: ${envelope.error?.message ?? 'failed'}`));
      else if (parsed === undefined) reject(new OpenclawRefusedError(`openclaw ${args.slice(0, 2).join(' ')} printed no JSON${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`));
      else resolvePromise(parsed);
    });
  });
}
