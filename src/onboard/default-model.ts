// After the first credential for Anthropic is stored: if OpenClaw's default model belongs to a
// provider with no credentials (a fresh 2026.9 defaults to openai/…), the gateway would still fail.
// OpenClaw's own Anthropic choices set an Anthropic default; we offer the same (`--set-default`
// semantics): set it when asked to, ask on a terminal, and otherwise say how.
import type { Context } from '../context.js';
import { CliError } from '../errors.js';
import { println } from '../io/print.js';
import { anthropicDefaultModelFor } from '../openclaw/anthropic-default-model.js';
import { authStoreFor } from '../auth-store/auth-store.js';
import { findOpenclaw } from '../openclaw/openclaw-cli.js';
import { locateAgentStore } from '../store/agent-store.js';
import { isJsonObject } from '../store/auth-profiles.js';
import { childObject, updateConfig } from '../store/config.js';
import { loadStatusView } from '../status/load-status.js';
import { providerOfModel } from '../status/model-refs.js';

export interface DefaultModelAdvice {
  /** The default model now, whose provider has no credentials. */
  current: string;
  /** The Anthropic default OpenClaw's own choice sets in this era. */
  suggested: string;
  era: 'json' | 'sqlite';
}

/** Whether the default model should follow the credential just stored for `provider`. */
export async function defaultModelAdvice(ctx: Context, agent: string | undefined, provider: string): Promise<DefaultModelAdvice | undefined> {
  if (provider !== 'anthropic') return undefined;
  const { status } = await loadStatusView(ctx, agent);
  const { layout } = status.auth;
  // Without a read of OpenClaw's store we cannot tell whether the default's provider has credentials.
  if (layout.era === 'sqlite' && layout.read !== 'direct') return undefined;
  const current = status.resolvedDefault;
  const currentProvider = providerOfModel(current);
  if (currentProvider === provider || !status.auth.missingProvidersInUse.includes(currentProvider)) return undefined;
  return { current, suggested: anthropicDefaultModelFor(layout.era), era: layout.era };
}

/** OpenClaw's `models set`: through its CLI where it keeps a SQLite store, else `agents.defaults.model.primary`. */
export async function setDefaultModel(ctx: Context, agent: string | undefined, model: string): Promise<void> {
  const target = await locateAgentStore(ctx, agent);
  const store = authStoreFor(ctx, target, agent);
  if (store.kind() === 'openclaw') {
    if (!findOpenclaw(ctx.env, ctx.cwd)) throw new CliError('openclaw is not on PATH to set the default model', { hint: `openclaw models set ${model}` });
    // It refuses (a non-zero exit) with its own words, which the error carries.
    await store.runOpenclaw(['models', 'set', model, ...store.agentArgs]);
    return;
  }
  await updateConfig(
    ctx.paths.configPath,
    (config) => {
      const defaults = childObject(childObject(config, 'agents'), 'defaults');
      // A string default becomes {primary}; fallbacks are kept.
      defaults.model = isJsonObject(defaults.model) ? { ...defaults.model, primary: model } : { primary: model };
    },
    { stateDir: ctx.paths.stateDir },
  );
}

/**
 * The offer, after a credential for `provider` was stored: `setDefault` sets it; on a terminal
 * (`ask`) the person is asked, yes by default; otherwise one line says what to run.
 */
export async function offerDefaultModel(
  ctx: Context,
  options: { agent: string | undefined; provider: string; setDefault?: boolean | undefined; ask?: boolean; quiet?: boolean },
): Promise<{ defaultModel: string; set: boolean } | undefined> {
  const advice = await defaultModelAdvice(ctx, options.agent, options.provider);
  if (!advice) return undefined;
  const why = `the default model, ${advice.current}, has no credentials`;
  let accepted = options.setDefault === true;
  if (!accepted && options.ask && ctx.stdin.isTTY) {
    const { default: confirm } = await import('@inquirer/confirm');
    try {
      accepted = await confirm({ message: `Make ${advice.suggested} the default model? (${advice.current} has no credentials)`, default: true }, { input: ctx.stdin, output: ctx.stderr });
    } catch {
      accepted = false;
    }
  }
  if (!accepted) {
    if (!options.quiet) println(ctx.stderr, `! ${why[0]?.toUpperCase()}${why.slice(1)}: OpenClaw will not use this credential until the default is Anthropic's. Run: openclaw models set ${advice.suggested}${options.ask ? '' : ' (or add --set-default)'}`);
    return { defaultModel: advice.current, set: false };
  }
  await setDefaultModel(ctx, options.agent, advice.suggested);
  if (!options.quiet) println(ctx.stdout, `✓ Default model set to ${advice.suggested} (was ${advice.current}, which has no credentials)`);
  return { defaultModel: advice.suggested, set: true };
}
