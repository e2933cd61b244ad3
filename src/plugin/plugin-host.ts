// Everything the plugin takes from the process OpenClaw runs it in, handed in once, as the CLI's
// Context is: its methods then run in-process in tests (a temporary HOME, a piped stdin, a chosen
// release), and real OpenClaw in tmux stays for what only OpenClaw shows.
import { processContext, type Context } from '../context.js';
import type { OpenclawVersion } from '../openclaw/openclaw-version.js';
import { hostOpenclawVersion } from './host-release.js';

export interface PluginHost {
  /** Environment, working directory, terminal streams, keychain and state paths. */
  ctx: Context;
  /** OpenClaw's command line: its `--profile-id`, which it applies to what we return. */
  argv: readonly string[];
  /** The Node running OpenClaw: OpenClaw runs our resolver with it (and no PATH). */
  execPath: string;
  /** The OpenClaw release running the plugin (undefined: not known, taken as the current one). */
  version: OpenclawVersion | undefined;
}

export function processPluginHost(): PluginHost {
  return { ctx: processContext(), argv: process.argv, execPath: process.execPath, version: hostOpenclawVersion(process.argv[1]) };
}
