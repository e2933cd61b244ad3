// Writing credentials in OpenClaw 2026.6+ (SQLite auth store) goes through OpenClaw's own CLI, the
// only supported way to change that store (2026.9 internals §6): secrets on stdin, never argv.
import { spawn } from 'node:child_process';
import { isAbsolute, resolve } from 'node:path';
import { findOnPath, isExecutableFile } from '../fs/executables.js';
import { definedEnv, type Env } from '../paths.js';
import { CliError } from '../errors.js';

/** OpenClaw refused; the message is its own. */
export class OpenclawRefusedError extends CliError {}

// Lines OpenClaw prints on every run that say nothing about the command (2026.9).
const NOISE = [/^Installed Gateway service state and config paths could not be verified/, /^Anthropic /, /^OpenClaw prefers /, /^Warning: Model auth changes were saved/];
const GATEWAY_NOT_REFRESHED = /local Gateway could not refresh/;

/** OPENCLAW_BIN, else `openclaw` on PATH. */
export function findOpenclaw(env: Env, cwd: string): string | undefined {
  const explicit = env.OPENCLAW_BIN?.trim();
  if (explicit) {
    const path = isAbsolute(explicit) ? explicit : resolve(cwd, explicit);
    return isExecutableFile(path) ? path : undefined;
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
