// The Ink UI is a separate ES-module bundle, dist/ui.mjs, loaded only by interactive commands:
// Ink (through yoga-layout) uses top-level await, which CommonJS cannot require on Node 20, and
// non-interactive commands must not pay for loading React at all.
export type UiModule = typeof import('../../components/index.js');

export async function loadUi(): Promise<UiModule> {
  const url = new URL('./ui.mjs', import.meta.url);
  return (await import(url.href)) as UiModule;
}
