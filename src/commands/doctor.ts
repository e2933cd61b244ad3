// `openclaw-auth doctor [--fix] [--yes] [--json] [--agent <id>]`: finds what keeps OpenClaw from
// authenticating, says why in one line and how to fix it; --fix applies the safe fixes.
import type { Context } from '../context.js';
import { CancelledError, DeclinedError, UsageError } from '../errors.js';
import { confirmOrRequireYes } from '../io/confirm.js';
import { println } from '../io/print.js';
import { applyFix } from '../doctor/apply-fix.js';
import { runChecks, type Check } from '../doctor/checks.js';

export interface DoctorOptions {
  fix?: boolean;
  yes?: boolean;
  json?: boolean;
  agent?: string;
}

const SYMBOL = { ok: '✓', warn: '!', fail: '✗' } as const;

function printCheck(ctx: Context, check: Check): void {
  println(ctx.stdout, `${SYMBOL[check.level]} ${check.title}`);
  if (check.why) println(ctx.stdout, `  ${check.why}`);
  if (check.fix && check.level !== 'ok') println(ctx.stdout, `  fix: ${check.fix}`);
}

/** The fixes that move a user's file or secret are asked about first; the others just happen. */
function askBefore(check: Check): string | undefined {
  switch (check.autoFix?.kind) {
    case 'move-aside':
      return `${check.title}. Move it aside (it is kept) so a new one can be written?`;
    case 'env-token-to-profile':
      return `${check.title}. Store it as auth profile ${check.autoFix.profileId} and remove it from ${check.autoFix.dotenvShown}?`;
    case 'remove-keychain-entries':
      return `Remove ${check.autoFix.accounts.length === 1 ? 'it' : 'them'} from the keychain (${check.autoFix.accounts.join(', ')})?`;
    default:
      return undefined;
  }
}

export async function doctor(ctx: Context, options: DoctorOptions): Promise<number> {
  let checks = await runChecks(ctx, options.agent);
  if (options.fix) {
    let applied = 0;
    for (const check of checks) {
      if (!check.autoFix) continue;
      const question = askBefore(check);
      if (question) {
        try {
          await confirmOrRequireYes(ctx, question, options.yes);
        } catch (error) {
          if (error instanceof UsageError) println(ctx.stderr, `! not applied: ${check.title}: add --yes (no terminal to ask)`);
          else if (!(error instanceof CancelledError || error instanceof DeclinedError)) throw error;
          continue;
        }
      }
      println(options.json ? ctx.stderr : ctx.stdout, `→ ${await applyFix(ctx, check.autoFix)}`);
      applied += 1;
    }
    if (applied) checks = await runChecks(ctx, options.agent);
  }
  if (options.json) println(ctx.stdout, JSON.stringify({ ok: !checks.some((check) => check.level === 'fail'), checks: checks.map(({ autoFix, ...rest }) => ({ ...rest, fixable: Boolean(autoFix) })) }, null, 2));
  else for (const check of checks) printCheck(ctx, check);
  const failures = checks.filter((check) => check.level === 'fail').length;
  if (!options.json && failures && !options.fix && checks.some((check) => check.level === 'fail' && check.autoFix)) {
    println(ctx.stdout, '\nRun "openclaw-auth doctor --fix" to apply the fixes marked above.');
  }
  return failures ? 1 : 0;
}
