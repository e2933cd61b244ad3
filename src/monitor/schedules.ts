// The files that run the auth monitor on a schedule. Pure: contents from absolute paths and an
// interval, so they are tested as text and written by `openclaw-auth monitor install`.
export type Scheduler = 'systemd' | 'launchd' | 'termux';

export const UNIT_NAME = 'openclaw-auth-monitor';
export const LAUNCHD_LABEL = 'ai.openclaw.auth-monitor';

export interface MonitorPaths {
  /** The monitor script, installed in the state dir. */
  script: string;
  /** A launcher for openclaw-auth itself (node by absolute path: timers have no shell PATH). */
  cli: string;
  /** Directory of the node binary, added to PATH for the script's own use of node. */
  nodeDir: string;
}

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function systemdService(paths: MonitorPaths): string {
  return [
    '[Unit]',
    'Description=Check OpenClaw credentials (openclaw-auth)',
    '',
    '[Service]',
    'Type=oneshot',
    `Environment=OPENCLAW_AUTH_BIN=${paths.cli}`,
    `Environment=PATH=${paths.nodeDir}:/usr/local/bin:/usr/bin:/bin`,
    `ExecStart=${paths.script}`,
    // Exit 1/2 mean "credentials need attention", already notified; not a failed unit.
    'SuccessExitStatus=1 2',
    '',
  ].join('\n');
}

export function systemdTimer(everyMs: number): string {
  return [
    '[Unit]',
    'Description=Check OpenClaw credentials regularly (openclaw-auth)',
    '',
    '[Timer]',
    'OnBootSec=5min',
    `OnUnitActiveSec=${Math.round(everyMs / 1000)}s`,
    'Persistent=true',
    '',
    '[Install]',
    'WantedBy=timers.target',
    '',
  ].join('\n');
}

export function launchdPlist(paths: MonitorPaths, everyMs: number, logPath: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>Label</key><string>${LAUNCHD_LABEL}</string>
  <key>ProgramArguments</key><array><string>${xml(paths.script)}</string></array>
  <key>EnvironmentVariables</key>
  <dict>
    <key>OPENCLAW_AUTH_BIN</key><string>${xml(paths.cli)}</string>
    <key>PATH</key><string>${xml(paths.nodeDir)}:/usr/local/bin:/usr/bin:/bin</string>
  </dict>
  <key>StartInterval</key><integer>${Math.round(everyMs / 1000)}</integer>
  <key>RunAtLoad</key><true/>
  <key>StandardErrorPath</key><string>${xml(logPath)}</string>
</dict>
</plist>
`;
}

export function termuxJob(paths: MonitorPaths): string {
  return [
    '#!/data/data/com.termux/files/usr/bin/sh',
    '# Run by termux-job-scheduler (openclaw-auth monitor install --termux).',
    `export OPENCLAW_AUTH_BIN='${paths.cli}'`,
    `export PATH='${paths.nodeDir}':"$PATH"`,
    `exec '${paths.script}'`,
    '',
  ].join('\n');
}

export function detectScheduler(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): Scheduler {
  if (env.TERMUX_VERSION || env.PREFIX?.includes('com.termux')) return 'termux';
  return platform === 'darwin' ? 'launchd' : 'systemd';
}
