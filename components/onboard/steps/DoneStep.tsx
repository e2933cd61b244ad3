import { Box, Text } from 'ink';
import { maskSecret } from '../../../src/secrets/mask.js';
import type { WizardSaved } from '../../../src/onboard/wizard-state.js';

interface Props {
  saved: WizardSaved;
  secret: string;
  kind: string;
  statusLine?: string | undefined;
  /** The provider's answer to the key check, when it accepted it. */
  checked?: string | undefined;
  /** A date in the user's locale (ISO without one). */
  formatDate?: (ms: number) => string;
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

export function DoneStep({ saved, secret, kind, statusLine, checked, formatDate = (ms) => new Date(ms).toISOString().slice(0, 10) }: Props) {
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
        {saved.expires ? <Row label="Expires" value={formatDate(saved.expires)} /> : null}
        {checked ? <Row label="Checked" value={checked} /> : null}
        {saved.remote ? <Row label="There" value={`${saved.remote.verdictOk ? '✓' : '!'} ${saved.remote.verdict}`} /> : null}
      </Box>
      {statusLine ? (
        <Box flexDirection="column" marginTop={1}>
          <Text dimColor>models status:</Text>
          <Text wrap="wrap">{statusLine}</Text>
        </Box>
      ) : null}
      {/* One command a line, its reason on the line below: nothing wraps mid-command at 40 columns. */}
      <Box flexDirection="column" marginTop={1}>
        <Text>{saved.remote ? `Next, there (${saved.remote.ssh}):` : 'Next:'}</Text>
        {(saved.remote?.next ?? ['openclaw gateway restart', '    so a running gateway picks it up', 'openclaw-auth models status --check']).map((line) =>
          line.startsWith('    ') ? (
            <Text key={line} dimColor>
              {line}
            </Text>
          ) : (
            <Text key={line}>  {line}</Text>
          ),
        )}
      </Box>
    </Box>
  );
}
