#!/usr/bin/env bash
# openclaw-auth auth monitor: run from a timer (systemd, launchd, Termux; `openclaw-auth monitor
# install` sets one up). Checks OpenClaw's credentials with `openclaw-auth models status --check`;
# when a token is expired or missing (1) or expires within 24 h (2), sends one notification naming
# the affected profiles, through the first of these that is configured:
#   OPENCLAW_AUTH_WEBHOOK_URL   POST {"text": "..."} (Slack/Discord/ntfy-style webhooks)
#   notify-send                 desktop notification (Linux)
#   termux-notification         Android (Termux:API)
# otherwise it prints the message on stderr. Exits with the same code as the check (0, 1 or 2).
set -u
# The launcher `monitor install` writes beside this script, so it also works run by hand; else PATH.
here=$(cd "$(dirname "$0")" 2>/dev/null && pwd)
if [ -n "${OPENCLAW_AUTH_BIN:-}" ]; then bin=$OPENCLAW_AUTH_BIN
elif [ -x "$here/openclaw-auth" ]; then bin="$here/openclaw-auth"
else bin=openclaw-auth; fi
json=$("$bin" models status --check --json 2>/dev/null)
code=$?
if [ "$code" -eq 0 ]; then exit 0; fi
if [ "$code" -ne 1 ] && [ "$code" -ne 2 ]; then
  echo "openclaw-auth monitor: '$bin models status --check' failed (exit $code)" >&2
  exit "$code"
fi

# The affected profiles, from the JSON (node is there: openclaw-auth runs on it).
summary=$(printf '%s' "$json" | node -e '
  let text = "";
  process.stdin.on("data", (chunk) => (text += chunk)).on("end", () => {
    const auth = JSON.parse(text).auth;
    const lines = auth.oauth.profiles
      .filter((p) => ["expired", "missing", "expiring"].includes(p.status) && (p.type !== "api_key" || p.reasonCode === "unresolved_ref"))
      .map((p) => `${p.profileId}: ${p.status === "expiring" ? "expires in " + Math.max(1, Math.round(p.remainingMs / 3600000)) + "h" : p.status}`);
    for (const provider of auth.missingProvidersInUse) lines.push(`${provider}: no credentials`);
    process.stdout.write(lines.join("; "));
  });
' 2>/dev/null)
title=$([ "$code" -eq 1 ] && echo "OpenClaw auth: credentials need attention" || echo "OpenClaw auth: a token expires soon")
message="${summary:-see openclaw-auth models status}. Renew: openclaw-auth onboard --reauth"

if [ -n "${OPENCLAW_AUTH_WEBHOOK_URL:-}" ]; then
  payload=$(node -e 'process.stdout.write(JSON.stringify({ text: process.argv[1] + ": " + process.argv[2] }))' "$title" "$message")
  curl -fsS -m 10 -X POST -H 'content-type: application/json' -d "$payload" "$OPENCLAW_AUTH_WEBHOOK_URL" >/dev/null \
    || echo "openclaw-auth monitor: webhook failed" >&2
elif command -v notify-send >/dev/null 2>&1; then
  notify-send --urgency="$([ "$code" -eq 1 ] && echo critical || echo normal)" "$title" "$message"
elif command -v termux-notification >/dev/null 2>&1; then
  termux-notification --title "$title" --content "$message"
else
  echo "$title: $message" >&2
fi
exit "$code"
