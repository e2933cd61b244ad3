// The secret as a line in <state>/.env: API keys a daemon (systemd, launchd) must see, which does
// not inherit a login shell's exports. No profile is made; OpenClaw reads the variable.
import { UsageError } from '../../errors.js';
import { apiKeyEnvVar, type SaveCredentialInput, type SavedCredential } from '../credential-types.js';
import { setDotenvValue } from '../dotenv-file.js';

export async function saveToDotenv(input: SaveCredentialInput): Promise<SavedCredential> {
  if (input.kind !== 'api_key') {
    throw new UsageError('--storage env holds API keys only; a token goes in the keychain or auth-profiles.json', { hint: 'use --storage keychain or --storage file' });
  }
  const envVar = apiKeyEnvVar(input.provider);
  await setDotenvValue(input.dotenvPath, envVar, input.secret, { stateDir: input.stateDir });
  return { storage: 'env', envVar, location: `${input.show(input.dotenvPath)} (${envVar})` };
}
