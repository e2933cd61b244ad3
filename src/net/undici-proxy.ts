// Bundled on its own as dist/proxy.cjs (scripts/build.mjs) and loaded only when a proxy variable is
// set: undici is large, and every other run of the CLI goes without it.
import { EnvHttpProxyAgent, fetch as undiciFetch } from 'undici';

/** The proxy variables, as EnvHttpProxyAgent takes them. */
export interface ProxySettings {
  httpProxy?: string;
  httpsProxy?: string;
  noProxy?: string;
}

export function fetchThroughProxy(settings: ProxySettings): typeof fetch {
  const dispatcher = quietly(() => new EnvHttpProxyAgent(settings));
  return ((input: Parameters<typeof fetch>[0], init?: Parameters<typeof fetch>[1]) =>
    undiciFetch(input as Parameters<typeof undiciFetch>[0], { ...(init as object), dispatcher } as Parameters<typeof undiciFetch>[1])) as unknown as typeof fetch;
}

/**
 * undici calls EnvHttpProxyAgent "experimental" in a process warning on stderr, which a person
 * would read as ours; its behaviour (the standard variables, NO_PROXY matching) is what we want, so
 * that one warning is dropped while it is made.
 */
function quietly<T>(make: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
    const code = typeof rest[0] === 'object' && rest[0] !== null ? (rest[0] as { code?: string }).code : rest[1];
    if (code === 'UNDICI-EHPA') return;
    (emitWarning as (...args: unknown[]) => void).call(process, warning, ...rest);
  }) as typeof process.emitWarning;
  try {
    return make();
  } finally {
    process.emitWarning = emitWarning;
  }
}
