// Loading the native packages we depend on (the OS keychain and the PTY), which cannot be bundled,
// with require, not import(): Node's ES-module loader first lexes a CommonJS file for its named
// exports, which costs 10-15 ms each. Every other package is bundled into dist/ (and loaded lazily
// through import(), which the bundler keeps lazy), so an installed openclaw-auth — and the plugin
// copy OpenClaw captures file by file on every plugin command — carries only these two packages.
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

export function requirePackage<T>(name: string): T {
  return requireHere(name) as T;
}

/** The file a native package loads from, for a worker thread that requires it itself. */
export function resolvePackage(name: string): string {
  return requireHere.resolve(name);
}
