// Loading the CommonJS packages we depend on (commander, json5, the native keychain and PTY
// modules, xterm, @inquirer/prompts' CommonJS build) with require, not import(): Node's ES-module
// loader first lexes a CommonJS file for its named exports, which costs each of them 10-15 ms
// (measured on Node 20: import("commander") 23 ms, require 10 ms) — a visible share of the wizard's
// first frame. Each is still loaded only by the command that needs it.
import { createRequire } from 'node:module';

const requireHere = createRequire(import.meta.url);

export function requirePackage<T>(name: string): T {
  return requireHere(name) as T;
}
