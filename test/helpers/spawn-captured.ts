import { spawn } from 'node:child_process';

export interface CapturedRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Run a program to completion with the given environment and stdin, collecting its output. */
export function spawnCaptured(
  command: string,
  args: readonly string[],
  options: { env: Record<string, string>; cwd: string; input?: string },
): Promise<CapturedRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: options.env, cwd: options.cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.on('error', () => undefined); // the program may exit without reading stdin
    child.stdin.end(options.input ?? '');
  });
}
