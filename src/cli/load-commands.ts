// Everything but `models status` lives in a second bundle, dist/commands.cjs: the entry file then
// holds only what a monitor's `models status --check` needs, and V8 has that much less to read.
// It is required, not imported: import() of a CommonJS file makes Node lex all 260 KB of it for
// named exports first (~30 ms on Node 20, on the path of every command).
import { createRequire } from 'node:module';

export type CommandsModule = typeof import('./program.js');

export async function loadCommands(): Promise<CommandsModule> {
  return createRequire(import.meta.url)('./commands.cjs') as CommandsModule;
}
