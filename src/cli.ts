// The CLI, started by src/launcher.cjs (dist/openclaw-auth.cjs). `models status` (what monitors run
// every few hours) goes straight to its handler; everything else loads the full command grammar first.
import { loadCommands } from './cli/load-commands.js';
import { nodeStdout } from './context.js';
import { matchStatusInvocation, runStatus } from './cli/status-flags.js';


/**
 * `--openclaw-bin <path>` may stand anywhere (every command that reaches OpenClaw honours it); it
 * becomes OPENCLAW_BIN for this process, so the context and child processes see one answer.
 */
function takeOpenclawBin(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') {
      out.push(...args.slice(i));
      break;
    }
    if (arg === '--openclaw-bin' && args[i + 1] !== undefined) process.env.OPENCLAW_BIN = args[++i];
    else if (arg.startsWith('--openclaw-bin=')) process.env.OPENCLAW_BIN = arg.slice('--openclaw-bin='.length);
    else out.push(arg);
  }
  return out;
}

async function main(argv: readonly string[]): Promise<void> {
  const args = takeOpenclawBin(argv);
  // Bare `openclaw-auth` on a terminal opens the dashboard (or the wizard); piped, it prints status.
  // node:tty is loaded only here: it brings Node's net stack, which `models status` does without.
  if (args.length === 2) {
    const { isatty } = await import('node:tty');
    if (isatty(0) && isatty(1)) return (await loadCommands()).runHome();
  }
  const statusFlags = matchStatusInvocation(args.slice(2));
  if (statusFlags) return runStatus(statusFlags);
  nodeStdout(); // commander's help and every other command write to it; `| head` must end quietly
  const commands = await loadCommands();
  // Plain `onboard` (the wizard people start by hand) skips parsing: its first frame is what a
  // person waits for.
  if (args.length === 3 && args[2] === 'onboard') return commands.runOnboardWizard();
  return commands.runProgram(args);
}

// No top-level await: the bundle is CommonJS, which starts faster than an ES module entry.
void main(process.argv);
