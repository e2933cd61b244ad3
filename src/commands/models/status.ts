// `openclaw-auth models status [--check] [--json] [--plain] [--probe] [--agent <id>]`: OpenClaw's command,
// same output and exit codes. Loads no UI code: it must start as fast as `node -e 0`.
import type { Context } from '../../context.js';
import { UsageError } from '../../errors.js';
import { println } from '../../io/print.js';
import { checkExitCode } from '../../status/build-status.js';
import { loadStatus } from '../../status/load-status.js';
import { renderStatusText } from '../../status/render-text.js';

export interface StatusOptions {
  check?: boolean;
  json?: boolean;
  plain?: boolean;
  probe?: boolean;
  agent?: string;
}

export async function modelsStatus(ctx: Context, options: StatusOptions): Promise<number> {
  if (options.json && options.plain) throw new UsageError('--json and --plain cannot be used together');
  const status = await loadStatus(ctx, options.agent, { probe: options.probe === true });
  const { layout } = status.auth;
  if (layout.era === 'sqlite' && layout.read === 'none') {
    // OpenClaw 2026.6+ and a runtime that cannot read its store: OpenClaw's own status (and exit
    // codes) is the truth, if it is installed; without it, ours below says what it cannot see.
    const { findOpenclaw, passThroughOpenclaw } = await import('../../openclaw/openclaw-cli.js');
    const bin = findOpenclaw(ctx.env, ctx.cwd);
    if (bin) {
      if (!options.json && !options.plain) println(ctx.stderr, `! Credentials are in OpenClaw's SQLite store (${ctx.show(layout.database)}), which openclaw-auth cannot read here (${layout.problem ?? 'unknown layout'}): showing \`openclaw models status\` (slower).`);
      const args = ['models', 'status', ...(options.check ? ['--check'] : []), ...(options.json ? ['--json'] : []), ...(options.plain ? ['--plain'] : []), ...(options.agent ? ['--agent', options.agent] : [])];
      return passThroughOpenclaw(bin, args, { env: ctx.env, cwd: ctx.cwd, stdout: ctx.stdout, stderr: ctx.stderr });
    }
  }
  if (options.json) println(ctx.stdout, JSON.stringify(status, null, 2));
  else if (options.plain) println(ctx.stdout, status.resolvedDefault);
  else ctx.stdout.write(renderStatusText(status, ctx.show, ctx.now()));
  return options.check ? checkExitCode(status) : 0;
}
