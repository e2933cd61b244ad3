// Everything but `models status` lives in a second bundle, dist/commands.cjs: the entry file then
// holds only what a monitor's `models status --check` needs, and V8 has that much less to read.
export type CommandsModule = typeof import('./program.js');

export async function loadCommands(): Promise<CommandsModule> {
  const url = new URL('./commands.cjs', import.meta.url);
  return (await import(url.href)) as CommandsModule;
}
