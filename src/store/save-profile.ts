// Writing a profile touches two files, in OpenClaw's order: the agent's store, then openclaw.json.
import { putProfile, updateAuthStore, type JsonObject } from './auth-profiles.js';
import { recordAuthProfile, updateConfig } from './config.js';

export interface TokenProfileInput {
  storePath: string;
  configPath: string;
  profileId: string;
  provider: string;
  token: string;
  expires: number | undefined;
}

export async function storeTokenProfile(input: TokenProfileInput): Promise<void> {
  const entry: JsonObject = { type: 'token', provider: input.provider, token: input.token };
  if (input.expires !== undefined) entry.expires = input.expires;
  await updateAuthStore(input.storePath, (store) => putProfile(store, input.profileId, entry));
  await updateConfig(input.configPath, (config) => recordAuthProfile(config, input.profileId, input.provider, 'token'));
}
