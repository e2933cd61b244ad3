// Which OpenClaw release is running this plugin: read from the openclaw package the process was
// started from (its package.json beside openclaw.mjs), with no OpenClaw run. Decides what the auth
// result names as the default model: each release's own Anthropic choice names its own default.
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { anthropicDefaultModelFor } from '../openclaw/anthropic-default-model.js';
import { parseOpenclawVersion, usesSqliteStore, type OpenclawVersion } from '../openclaw/openclaw-version.js';


export function hostOpenclawVersion(entry: string | undefined): OpenclawVersion | undefined {
  let dir = '';
  try {
    dir = entry ? dirname(realpathSync(entry)) : ''; // a global install starts OpenClaw through a link in bin/
  } catch {
    return undefined;
  }
  for (let depth = 0; dir && depth < 6; depth += 1) {
    try {
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'openclaw' && typeof pkg.version === 'string') return parseOpenclawVersion(pkg.version);
    } catch {
      // no package.json here: look one level up
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}

/** The model OpenClaw's own Anthropic choice would set on this release (2026.6+ when unknown: the current one). */
export function anthropicDefaultModel(version: OpenclawVersion | undefined): string {
  return anthropicDefaultModelFor(version === undefined || usesSqliteStore(version) ? 'sqlite' : 'json');
}
