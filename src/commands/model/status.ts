// `openclaw-auth model status [spec] [--json] [--agent <id>]`: OpenClaw's `/model status` view —
// the model in use, the next auth profile per provider and why, and each provider's endpoint.
import type { Context } from '../../context.js';
import { println } from '../../io/print.js';
import { buildModelView } from '../../model/model-view.js';

export async function modelStatus(ctx: Context, options: { spec?: string; json?: boolean; agent?: string }): Promise<number> {
  const view = await buildModelView(ctx, options.agent, options.spec);
  if (options.json) {
    println(ctx.stdout, JSON.stringify(view, null, 2));
    return 0;
  }
  const aliasOf = (model: string) => Object.entries(view.aliases).filter(([, id]) => id === model).map(([alias]) => alias);
  println(ctx.stdout, `Current: ${view.current}${view.selected ? ' (selected)' : ''}`);
  if (view.selected?.profileId) println(ctx.stdout, `Auth profile: ${view.selected.profileId} (pinned)`);
  println(ctx.stdout, `Default: ${view.defaultModel}`);
  println(ctx.stdout, `Agent: ${view.agentId}`);
  println(ctx.stdout, `Auth file: ${ctx.show(view.storePath)}`);
  for (const provider of view.providers) {
    println(ctx.stdout);
    println(ctx.stdout, `[${provider.provider}] endpoint: ${provider.endpoint}${provider.endpointSource === 'default' ? '' : ` (${provider.endpointSource})`} auth: ${provider.auth.join(', ')}`);
    for (const model of provider.models) {
      const aliases = aliasOf(model);
      println(ctx.stdout, `  • ${model}${aliases.length ? ` (${aliases.join(', ')})` : ''}`);
    }
  }
  return 0;
}
