#!/usr/bin/env node
// dist/openclaw-auth.cjs: the command people and monitors run. It keeps V8 from compiling the CLI
// again on every run, then loads the CLI (dist/cli.cjs):
// - Node's compile cache (Node 22.1+) for every module the CLI loads;
// - for `models status` (what monitors run every few hours, and what must start about as fast as
//   `node -e 0`), a code cache of dist/cli.cjs made when the run ends. Node's own cache is made as a
//   file is compiled, so it holds only the code that runs while the file loads: every function
//   `models status` calls was compiled again on every run (~2 ms of ~25, measured on Node 24).
// The caches are this user's own ($XDG_CACHE_HOME or ~/.cache, 0700), never a shared /tmp directory
// another user could fill; NODE_DISABLE_COMPILE_CACHE=1 turns both off, as for any Node program.
'use strict';
const nodeModule = require('node:module');
const fs = require('node:fs');
const { join } = require('node:path');

/** The verified cache directory, or undefined when there is none we may trust. */
function ownCacheDir() {
  if (process.env.NODE_DISABLE_COMPILE_CACHE) return undefined;
  try {
    const xdg = process.env.XDG_CACHE_HOME;
    const base = xdg && xdg.startsWith('/') ? xdg : join(require('node:os').homedir(), '.cache');
    const ownDir = join(base, 'openclaw-auth');
    const dir = join(ownDir, 'compile-cache');
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // Code read from the cache runs as ours: only from real directories of this user that no one
    // else can write, in a base no one else can rename them out of (ours or root's, and not
    // writable by others unless sticky, as /tmp is). A cache pointed at a shared place, or a planted
    // link, is not used.
    const uid = process.getuid === undefined ? undefined : process.getuid();
    const ours = (stat) => stat.isDirectory() && (uid === undefined || stat.uid === uid) && (stat.mode & 0o022) === 0;
    const baseStat = fs.statSync(base);
    const safeBase = uid === undefined || ((baseStat.uid === uid || baseStat.uid === 0) && ((baseStat.mode & 0o022) === 0 || (baseStat.mode & 0o1000) !== 0));
    return safeBase && ours(fs.lstatSync(ownDir)) && ours(fs.lstatSync(dir)) ? dir : undefined;
  } catch {
    return undefined; // no home, a read-only one, a cache dir we may not write: start without a cache
  }
}

const CACHE_PREFIX = 'cli-status-';

/**
 * dist/cli.cjs compiled with the code cache of an earlier `models status`, as the module it is.
 * False when it cannot be (then it is simply required). The cache is named after this Node and this
 * very file (size, mtime, inode): V8 checks only its own version and the source's length, so a
 * changed file must never meet an old cache. It is written once, when a run found none (or V8
 * refused it), as the run ends, so it holds what the run compiled; older ones are removed then.
 */
function runStatusWithCodeCache(dir) {
  const vm = require('node:vm');
  const importModuleDynamically = vm.constants && vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER;
  if (!importModuleDynamically) return false; // Node < 20.12: the CLI's import() would have no loader
  const file = join(__dirname, 'cli.cjs');
  let script;
  let cacheFile;
  let cached;
  try {
    const fd = fs.openSync(file, 'r');
    let source;
    let stat;
    try {
      stat = fs.fstatSync(fd);
      source = fs.readFileSync(fd, 'utf8');
    } finally {
      fs.closeSync(fd);
    }
    cacheFile = join(dir, `${CACHE_PREFIX}${process.version}-${process.arch}-${stat.size}-${Math.trunc(stat.mtimeMs)}-${stat.ino}`);
    try {
      // Never through a link (the directory is ours alone, so nothing else could have put one).
      cached = fs.readFileSync(cacheFile, { flag: fs.constants.O_RDONLY | fs.constants.O_NOFOLLOW });
    } catch {
      cached = undefined;
    }
    // As Node wraps a CommonJS module (the same five names), on one line so line numbers match.
    const wrapped = `(function (exports, require, module, __filename, __dirname) { ${source}\n});`;
    script = new vm.Script(wrapped, { filename: file, cachedData: cached, importModuleDynamically });
  } catch {
    return false;
  }
  if (cached === undefined || script.cachedDataRejected) process.once('exit', () => saveCodeCache(dir, cacheFile, script));
  // The CLI's require is this file's: both live in dist/, so they resolve alike.
  script.runInThisContext()({}, require, { exports: {}, filename: file, id: file }, file, __dirname);
  return true;
}

function saveCodeCache(dir, cacheFile, script) {
  try {
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, script.createCachedData(), { mode: 0o600, flag: 'wx' });
    fs.renameSync(temporary, cacheFile);
    // Older caches of this Node's (an earlier install of the CLI); another Node's are its own.
    const thisNode = `${CACHE_PREFIX}${process.version}-${process.arch}-`;
    for (const name of fs.readdirSync(dir)) {
      if (name.startsWith(thisNode) && !name.endsWith('.tmp') && join(dir, name) !== cacheFile) fs.rmSync(join(dir, name), { force: true });
    }
  } catch {
    // A cache that cannot be written costs only the next run's compile.
  }
}

// `models status …` as monitors run it; anything else (or --openclaw-bin first) takes the plain way.
const isStatus = process.argv[2] === 'models' && process.argv[3] === 'status';
const nodeCaches = typeof nodeModule.enableCompileCache === 'function';
const dir = nodeCaches || isStatus ? ownCacheDir() : undefined;
if (dir && nodeCaches) nodeModule.enableCompileCache(dir);
if (!(dir && isStatus && runStatusWithCodeCache(dir))) require('./cli.cjs');
