// `openclaw-auth model list [--agent <id>]`: the models and profiles a `/model` can name. On a
// terminal, a picker that prints the `/model …` line for the chosen pair; elsewhere a plain list.
import type { Context } from '../../context.js';
import { println } from '../../io/print.js';
import { buildModelView } from '../../model/model-view.js';
import { loadUi } from '../../ui/load-ui.js';

export async function modelList(ctx: Context, options: { agent?: string }): Promise<number> {
  const view = await buildModelView(ctx, options.agent);
  const aliasOf = (model: string) => Object.entries(view.aliases).find(([, id]) => id === model)?.[0];
  const choices = view.providers.flatMap((provider) =>
    provider.models.flatMap((model) => {
      const name = aliasOf(model) ?? model;
      const ids = provider.auth.map((entry) => entry.split('=')[0] ?? '').filter((id) => id.includes(':') && !id.startsWith('sk-'));
      return [
        { value: `/model ${name}`, label: `${model}${aliasOf(model) ? ` (${aliasOf(model)})` : ''}${model === view.defaultModel ? ' · default' : ''}`, hint: `auth: ${provider.next ?? provider.auth[0] ?? 'missing'}` },
        ...ids.map((id) => ({ value: `/model ${name}@${id}`, label: `${model} @ ${id}` })),
      ];
    }),
  );
  if (ctx.stdin.isTTY && ctx.stdout.isTTY) {
    const chosen = await (await loadUi()).runPicker(ctx, 'Pick a model and auth profile (prints the /model line to use in a chat)', choices);
    if (chosen) println(ctx.stdout, chosen);
    return 0;
  }
  for (const choice of choices) println(ctx.stdout, `${choice.value.padEnd(44)} ${choice.label}`);
  return 0;
}
