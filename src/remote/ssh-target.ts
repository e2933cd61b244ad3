// `--to ssh://[user@]host[:port]`: the gateway host a credential is delivered to. Parsed strictly:
// the parts go to ssh as arguments, so nothing may look like an option or carry a shell character.
import { UsageError } from '../errors.js';

export interface SshTarget {
  user?: string;
  host: string;
  port?: number;
  /** As the user wrote it, for messages. */
  display: string;
}

const USER = /^[A-Za-z0-9._][A-Za-z0-9._-]*$/;
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])$/;

/** `what` names the input in the error: the flag, or the wizard's field. */
export function parseSshTarget(raw: string, what = '--to'): SshTarget {
  const match = /^ssh:\/\/(?:([^@/]+)@)?([^/:]+|\[[^\]]+\])(?::(\d+))?\/?$/.exec(raw.trim());
  const usage = () => new UsageError(`invalid ${what} ${raw}: use ssh://[user@]host[:port], e.g. ${what.startsWith('--') ? `${what} ` : ''}ssh://pi@gateway.local`);
  if (!match) throw usage();
  const [, user, host, port] = match;
  if (user !== undefined && !USER.test(user)) throw usage();
  if (!host || !HOST.test(host)) throw usage();
  const portNumber = port === undefined ? undefined : Number(port);
  if (portNumber !== undefined && !(portNumber >= 1 && portNumber <= 65_535)) throw usage();
  return {
    ...(user !== undefined ? { user } : {}),
    host,
    ...(portNumber !== undefined ? { port: portNumber } : {}),
    display: `${user ? `${user}@` : ''}${host}${portNumber ? `:${portNumber}` : ''}`,
  };
}

/** ssh's arguments for the destination: its options (-p port), and [user@]host. */
export function destinationArgs(target: SshTarget): { options: string[]; destination: string } {
  const host = target.host.replace(/^\[(.*)\]$/, '$1');
  return { options: target.port ? ['-p', String(target.port)] : [], destination: `${target.user ? `${target.user}@` : ''}${host}` };
}

/** How a person runs ssh to the host themselves, for hints. */
export function sshCommandLine(target: SshTarget): string {
  const { options, destination } = destinationArgs(target);
  return ['ssh', ...options, destination].join(' ');
}
