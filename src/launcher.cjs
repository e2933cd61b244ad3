#!/usr/bin/env node
// dist/openclaw-auth.cjs: the command people and monitors run. It only turns on Node's compile
// cache (Node 22.1+; Node 20 lacks it and skips this) and then loads the CLI (dist/cli.cjs), so V8
// reads the CLI's compiled code from the cache instead of compiling it again on every run. The
// cache is this user's own ($XDG_CACHE_HOME or ~/.cache, 0700), never a shared /tmp directory
// another user could fill; NODE_DISABLE_COMPILE_CACHE=1 turns it off, as for any Node program.
'use strict';
const nodeModule = require('node:module');

if (typeof nodeModule.enableCompileCache === 'function' && !process.env.NODE_DISABLE_COMPILE_CACHE) {
  try {
    const { join } = require('node:path');
    const xdg = process.env.XDG_CACHE_HOME;
    const base = xdg && xdg.startsWith('/') ? xdg : join(require('node:os').homedir(), '.cache');
    const ownDir = join(base, 'openclaw-auth');
    const dir = join(ownDir, 'compile-cache');
    const fs = require('node:fs');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Code read from the cache runs as ours: only from real directories of this user that no one
    // else can write, in a base no one else can rename them out of (ours or root's, and not
    // writable by others unless sticky, as /tmp is). A cache pointed at a shared place, or a planted
    // link, is not used.
    const uid = process.getuid === undefined ? undefined : process.getuid();
    const ours = (stat) => stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
    const baseStat = fs.statSync(base);
    const safeBase = uid === undefined || ((baseStat.uid === uid || baseStat.uid === 0) && ((baseStat.mode & 0o022) === 0 || (baseStat.mode & 0o1000) !== 0));
    if (safeBase && ours(fs.lstatSync(ownDir)) && ours(fs.lstatSync(dir))) nodeModule.enableCompileCache(dir);
  } catch {
    // No home, a read-only one, a cache dir we may not write: start without the cache.
  }
}

require('./cli.cjs');
