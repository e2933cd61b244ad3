// `openclaw-auth monitor install [--systemd|--launchd|--termux] [--every 6h]` and `monitor uninstall`:
// puts scripts/auth-monitor.sh on a schedule, with absolute paths everywhere, and says how to start it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Context } from '../context.js';
import { parseDuration } from '../duration.js';
import { UsageError } from '../errors.js';
import { writeSecretFile, ensurePrivateDir } from '../fs/secure-write.js';
import { println } from '../io/print.js';
import { definedEnv } from '../paths.js';
import { cliEntryPath } from '../secrets/exec-provider.js';
import { detectScheduler, LAUNCHD_LABEL, launchdPlist, systemdService, systemdTimer, termuxJob, UNIT_NAME, type MonitorPaths, type Scheduler } from '../monitor/schedules.js';

export interface MonitorOptions {
  systemd?: boolean;
  launchd?: boolean;
  termux?: boolean;
  every?: string;
}

function scheduler(ctx: Context, options: MonitorOptions): Scheduler {
  const chosen = (['systemd', 'launchd', 'termux'] as const).filter((name) => options[name]);
  if (chosen.length > 1) throw new UsageError('choose one of --systemd, --launchd, --termux');
  return chosen[0] ?? detectScheduler(process.platform, ctx.env);
}

function files(ctx: Context, which: Scheduler): string[] {
  const home = ctx.paths.home;
  if (which === 'systemd') return [join(home, '.config/systemd/user', `${UNIT_NAME}.service`), join(home, '.config/systemd/user', `${UNIT_NAME}.timer`)];
  if (which === 'launchd') return [join(home, 'Library/LaunchAgents', `${LAUNCHD_LABEL}.plist`)];
  return [join(ctx.paths.stateDir, 'bin', `${UNIT_NAME}-job.sh`)];
}

/** The monitor script shipped beside the bundle (dist/../scripts). */
function shippedScript(): string {
  const script = join(dirname(cliEntryPath()), '..', 'scripts', 'auth-monitor.sh');
  if (!existsSync(script)) throw new UsageError(`cannot find the monitor script (${script}); reinstall openclaw-auth`);
  return script;
}

export async function monitorInstall(ctx: Context, options: MonitorOptions): Promise<number> {
  const which = scheduler(ctx, options);
  const everyMs = parseDuration(options.every ?? '6h', 'h');
  if (everyMs < 60_000) throw new UsageError('--every must be at least 1m');
  const bin = join(ctx.paths.stateDir, 'bin');
  // A timer does not inherit this shell: the webhook set now is kept for it, 0600 beside the script
  // (a webhook URL lets anyone post, so never in a unit file, which others can read).
  const webhook = ctx.env.OPENCLAW_AUTH_WEBHOOK_URL?.trim();
  const webhookFile = join(bin, `${UNIT_NAME}.webhook`);
  let host: string | undefined;
  if (webhook) {
    try {
      const url = new URL(webhook);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
      host = url.host;
    } catch {
      throw new UsageError('OPENCLAW_AUTH_WEBHOOK_URL is not an http(s) URL; nothing was installed', { hint: 'export OPENCLAW_AUTH_WEBHOOK_URL=https://hooks.example.com/… and run monitor install again' });
    }
  }
  await ensurePrivateDir(bin);
  const paths: MonitorPaths = { script: join(bin, `${UNIT_NAME}.sh`), cli: join(bin, 'openclaw-auth'), nodeDir: dirname(process.execPath) };
  await writeSecretFile(paths.script, readFileSync(shippedScript(), 'utf8'), 0o700);
  await writeSecretFile(paths.cli, `#!/bin/sh\nexec '${process.execPath}' '${cliEntryPath()}' "$@"\n`, 0o700);
  const [first, second] = files(ctx, which);
  if (which === 'systemd') {
    await writeSecretFile(first as string, systemdService(paths), 0o644);
    await writeSecretFile(second as string, systemdTimer(everyMs), 0o644);
  } else if (which === 'launchd') {
    await writeSecretFile(first as string, launchdPlist(paths, everyMs, join(ctx.paths.stateDir, 'logs', 'auth-monitor.log')), 0o644);
  } else {
    await writeSecretFile(first as string, termuxJob(paths), 0o700);
  }
  for (const file of files(ctx, which)) println(ctx.stdout, `✓ wrote ${ctx.show(file)}`);
  if (webhook) {
    await writeSecretFile(webhookFile, webhook, 0o600);
    println(ctx.stdout, `✓ notifications go to the webhook at ${host} (kept in ${ctx.show(webhookFile)}, 0600)`);
  }
  const start =
    which === 'systemd'
      ? `systemctl --user daemon-reload && systemctl --user enable --now ${UNIT_NAME}.timer`
      : which === 'launchd'
        ? `launchctl load -w ${ctx.show(first as string)}`
        : `termux-job-scheduler --script ${first} --period-ms ${everyMs} --persisted true`;
  println(ctx.stdout, `Start it: ${start}`);
  if (!webhook) {
    const kept = existsSync(webhookFile) ? `the webhook kept in ${ctx.show(webhookFile)}` : 'OPENCLAW_AUTH_WEBHOOK_URL (set it before monitor install to keep it for the timer)';
    println(ctx.stdout, `Notifications go to ${kept}, else notify-send or termux-notification.`);
  }
  return 0;
}

/** Stop the schedule (it needs the unit files to do so); what happened, in words. */
function stopSchedule(ctx: Context, which: Scheduler): { stopped: boolean; command: string; why?: string } {
  const [program, ...args] =
    which === 'systemd' ? ['systemctl', '--user', 'disable', '--now', `${UNIT_NAME}.timer`] : which === 'launchd' ? ['launchctl', 'unload', '-w', files(ctx, which)[0] as string] : ['termux-job-scheduler', '--cancel-all'];
  const command = [program, ...args.map((arg) => ctx.show(arg))].join(' ');
  const result = spawnSync(program as string, args, { encoding: 'utf8', timeout: 10_000, env: definedEnv(ctx.env) });
  if (result.status === 0) return { stopped: true, command };
  const why = result.error ? `${program} is not available here` : (result.stderr || result.stdout).trim().split('\n')[0] || `exit ${result.status}`;
  return { stopped: false, command, why };
}

export async function monitorUninstall(ctx: Context, options: MonitorOptions): Promise<number> {
  const which = scheduler(ctx, options);
  const installed = [...files(ctx, which), ...['.sh', '.webhook'].map((ext) => join(ctx.paths.stateDir, 'bin', `${UNIT_NAME}${ext}`)), join(ctx.paths.stateDir, 'bin', 'openclaw-auth')].filter((file) => existsSync(file));
  if (!installed.length) {
    println(ctx.stdout, 'Nothing to remove: the monitor is not installed.');
    return 0;
  }
  // Stop first, while the scheduler can still see the unit; then remove its files.
  const stop = stopSchedule(ctx, which);
  println(ctx.stdout, stop.stopped ? `✓ stopped it (${stop.command})` : `! could not stop it here (${stop.why}); if it is running somewhere this shell cannot reach, stop it there: ${stop.command}`);
  for (const file of installed) {
    rmSync(file);
    println(ctx.stdout, `✓ removed ${ctx.show(file)}`);
  }
  return 0;
}
