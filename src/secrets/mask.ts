/** OpenClaw's maskApiKey: the only way a secret is ever shown. */
export function maskSecret(secret: string | undefined): string {
  const value = (secret ?? '').trim();
  if (!value) return 'missing';
  if (value.length <= 6) return `${value.slice(0, 1)}...${value.slice(-1)}`;
  if (value.length <= 16) return `${value.slice(0, 2)}...${value.slice(-2)}`;
  return `${value.slice(0, 8)}...${value.slice(-8)}`;
}

/** Replace every occurrence of each secret in free text (child output, error text) by its mask. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 8) out = out.split(secret).join(maskSecret(secret));
  }
  return out;
}
