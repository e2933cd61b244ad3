#!/usr/bin/env bash
# openclaw-auth auth monitor: run from a timer (systemd, launchd, Termux; `openclaw-auth monitor
# install` sets one up). Checks OpenClaw's credentials with `openclaw-auth models status --check`;
# when a token is expired or missing (1) or expires within 24 h (2), sends one notification with what
# status says about each ("! …" lines, fixes included), through the first of these that is configured:
#   OPENCLAW_AUTH_WEBHOOK_URL   POST {"text": "..."} (Slack/Discord/ntfy-style webhooks); `monitor
#                               install` keeps the one set then in openclaw-auth-monitor.webhook (0600)
#   notify-send                 desktop notification (Linux)
#   termux-notification         Android (Termux:API)
# otherwise it prints the message on stderr. Exits with the same code as the check (0, 1 or 2).
set -u
# The launcher `monitor install` writes beside this script, so it also works run by hand; else PATH.
here=$(cd "$(dirname "$0")" 2>/dev/null && pwd)
if [ -n "${OPENCLAW_AUTH_BIN:-}" ]; then bin=$OPENCLAW_AUTH_BIN
elif [ -x "$here/openclaw-auth" ]; then bin="$here/openclaw-auth"
else bin=openclaw-auth; fi
# The webhook `monitor install` kept (0600, beside this script: never in a unit file others can read).
if [ -z "${OPENCLAW_AUTH_WEBHOOK_URL:-}" ] && [ -r "$here/openclaw-auth-monitor.webhook" ]; then
  OPENCLAW_AUTH_WEBHOOK_URL=$(cat "$here/openclaw-auth-monitor.webhook")
fi
text=$("$bin" models status --check 2>/dev/null)
code=$?
if [ "$code" -eq 0 ]; then exit 0; fi
if [ "$code" -ne 1 ] && [ "$code" -ne 2 ]; then
  echo "openclaw-auth monitor: '$bin models status --check' failed (exit $code)" >&2
  exit "$code"
fi

# What status itself says is wrong, and its fix, in its own words ("! …" lines): a locked keychain
# reads as a locked keychain here too, not as a token to renew.
summary=$(printf '%s\n' "$text" | sed -n 's/^! //p' | paste -sd '|' - | sed 's/|/ · /g')
title=$([ "$code" -eq 1 ] && echo "OpenClaw auth: credentials need attention" || echo "OpenClaw auth: a token expires soon")
message="${summary:-see openclaw-auth models status}"

if [ -n "${OPENCLAW_AUTH_WEBHOOK_URL:-}" ]; then
  payload=$(node -e 'process.stdout.write(JSON.stringify({ text: process.argv[1] + ": " + process.argv[2] }))' "$title" "$message")
  # The URL is a secret (it lets anyone post): handed to curl on stdin, never in its argv.
  printf 'url = "%s"\n' "$OPENCLAW_AUTH_WEBHOOK_URL" | curl -fsS -m 10 -X POST -H 'content-type: application/json' -d "$payload" -K - >/dev/null \
    || echo "openclaw-auth monitor: webhook failed" >&2
elif command -v notify-send >/dev/null 2>&1; then
  notify-send --urgency="$([ "$code" -eq 1 ] && echo critical || echo normal)" "$title" "$message"
elif command -v termux-notification >/dev/null 2>&1; then
  termux-notification --title "$title" --content "$message"
else
  echo "$title: $message" >&2
fi
exit "$code"
