// The Ink UI is a separate ES-module bundle, dist/ui.mjs, loaded only by interactive commands:
// Ink (through yoga-layout) uses top-level await, which CommonJS cannot require on Node 20, and
// non-interactive commands must not pay for loading React at all.
export type UiModule = typeof import('../../components/index.js');

/**
 * NO_COLOR (no-color.org) for the Ink UI: its colour library honours FORCE_COLOR and terminals
 * without colour, not NO_COLOR, so NO_COLOR becomes FORCE_COLOR=0 before it loads (an explicit
 * FORCE_COLOR wins).
 */
function applyColourPreference(env: NodeJS.ProcessEnv): void {
  if (env.NO_COLOR && env.FORCE_COLOR === undefined) env.FORCE_COLOR = '0';
}

export async function loadUi(): Promise<UiModule> {
  applyColourPreference(process.env);
  const url = new URL('./ui.mjs', import.meta.url);
  return (await import(url.href)) as UiModule;
}
