#!/bin/sh
# The Debian packages the tests start: `chromium` (report rendering, tests/outputs/test_report.py)
# and `postgresql` (OMOP reader, tests/pg_server.py). `make test` runs this first: as root it
# installs what is missing with apt-get; otherwise it stops with one line saying what to install.
set -eu
need=""
[ -x /usr/bin/chromium ] || need="$need chromium"
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need="$need postgresql"
[ -z "$need" ] && exit 0
if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "make test needs the Debian package(s)$need: run 'sudo apt-get install$need' (or make test as root)" >&2
  exit 1
fi
echo "installing$need (apt-get)" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# shellcheck disable=SC2086 # one word per package
apt-get install -y -qq --no-install-recommends $need >/dev/null
