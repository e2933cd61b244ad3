// Node's fetch goes direct whatever HTTPS_PROXY says (until Node 24's NODE_USE_ENV_PROXY), while
// claude and curl honour the proxy variables: behind a proxy our key check went direct and failed
// where claude worked. The standard variables (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, lower-case too)
// are honoured through undici's EnvHttpProxyAgent, from the environment the command was given.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Env } from '../paths.js';
import type { ProxySettings } from './undici-proxy.js';


/** The proxy the environment asks for, or undefined when it asks for none. */
export function proxySettings(env: Env): ProxySettings | undefined {
  const pick = (name: string) => env[name] || env[name.toLowerCase()] || undefined;
  const httpProxy = pick('HTTP_PROXY');
  const httpsProxy = pick('HTTPS_PROXY');
  if (!httpProxy && !httpsProxy) return undefined;
  const noProxy = pick('NO_PROXY');
  return { ...(httpProxy ? { httpProxy } : {}), ...(httpsProxy ? { httpsProxy } : {}), ...(noProxy ? { noProxy } : {}) };
}

/** fetch as this environment wants it: Node's own, or through the proxy it names. */
export function fetchFor(env: Env): typeof fetch {
  const settings = proxySettings(env);
  if (!settings) return fetch;
  // dist/proxy.cjs, beside the bundle this runs from (its own bundle: scripts/build.mjs).
  const proxy = createRequire(import.meta.url)(fileURLToPath(new URL('./proxy.cjs', import.meta.url))) as typeof import('./undici-proxy.js');
  return proxy.fetchThroughProxy(settings);
}
