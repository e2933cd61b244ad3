#!/usr/bin/env bash
# Installs the system programs the test suite drives for real (it mocks none of them):
#   tmux (end-to-end tests in a real terminal), and a real OS keychain: dbus-daemon and
#   gnome-keyring's Secret Service, with secret-tool (libsecret) to inspect it independently; and
#   OpenSSH's server and client, for delivering a credential to a "gateway host" (--to ssh://).
# Runs from `npm test` (pretest) and .ci/run. Installs with apt-get when run as root on Debian;
# otherwise says what to install and fails, rather than letting tests fail obscurely later.
set -euo pipefail
declare -A package_for=([tmux]=tmux [dbus-daemon]=dbus [dbus-send]=dbus [gnome-keyring-daemon]=gnome-keyring [secret-tool]=libsecret-tools [/usr/sbin/sshd]=openssh-server [ssh]=openssh-client)
missing=()
for program in "${!package_for[@]}"; do
  command -v "$program" >/dev/null 2>&1 || missing+=("${package_for[$program]}")
done
mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u | sed '/^$/d')
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing test dependencies: ${missing[*]}"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
else
  echo "✗ the tests need: ${missing[*]} (e.g. sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
