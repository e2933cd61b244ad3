import { Box, Text } from 'ink';
import { maskSecret } from '../../../src/secrets/mask.js';
import type { SavedCredential } from '../../../src/store/save-credential.js';

interface Props {
  saved: SavedCredential & { expires?: number };
  secret: string;
  kind: string;
  statusLine?: string | undefined;
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <Box>
      <Box width={11} flexShrink={0}>
        <Text dimColor>{label}</Text>
      </Box>
      <Text wrap="wrap">{value}</Text>
    </Box>
  );
}

export function DoneStep({ saved, secret, kind, statusLine }: Props) {
  return (
    <Box flexDirection="column">
      <Text color="green" bold>
        ✓ Done
      </Text>
      <Box flexDirection="column" marginTop={1}>
        <Row label="Profile" value={saved.profileId ?? `env ${saved.envVar ?? ''}`} />
        <Row label="Kind" value={kind} />
        <Row label="Secret" value={maskSecret(secret)} />
        <Row label="Stored in" value={saved.location} />
        {saved.expires ? <Row label="Expires" value={new Date(saved.expires).toISOString().slice(0, 10)} /> : null}
      </Box>
      {statusLine ? (
        <Box flexDirection="column" marginTop={1}>
          <Text dimColor>models status:</Text>
          <Text wrap="wrap">{statusLine}</Text>
        </Box>
      ) : null}
      <Box flexDirection="column" marginTop={1}>
        <Text>Next:</Text>
        <Text>  openclaw gateway restart        (so a running gateway picks it up)</Text>
        <Text>  openclaw-auth models status --check</Text>
      </Box>
    </Box>
  );
}
