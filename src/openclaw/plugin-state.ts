// Whether the user's OpenClaw has our plugin: installed under <state>/extensions/openclaw-auth and
// not disabled in openclaw.json. Read from files only (no OpenClaw run), for doctor and for
// choosing the renewal path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PLUGIN_ID } from '../plugin/plugin-id.js';

export type PluginState = 'enabled' | 'disabled' | 'absent';

export function pluginDir(stateDir: string): string {
  return join(stateDir, 'extensions', PLUGIN_ID);
}

export function ourPluginState(stateDir: string, configPath: string): PluginState {
  if (!existsSync(join(pluginDir(stateDir), 'openclaw.plugin.json'))) return 'absent';
  try {
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { plugins?: { entries?: Record<string, { enabled?: boolean }> } };
    return config.plugins?.entries?.[PLUGIN_ID]?.enabled === false ? 'disabled' : 'enabled';
  } catch {
    return 'enabled'; // OpenClaw loads an installed plugin unless its config says otherwise
  }
}
