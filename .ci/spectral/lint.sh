#!/usr/bin/env bash
# Lints the OpenAPI document Cradle served in the test run (bootstrap/target/openapi/served.json, written by
# ServedDocumentTest) with Spectral: spectral:oas and the OWASP API Security ruleset. A finding not in
# baseline.json fails the build; so does an accepted finding that is no longer found, so that the baseline
# only shrinks. Run by Maven in bootstrap's verify phase (and so by .ci/run); needs node and npm.
set -euo pipefail
if [[ -n "${2:-}" ]]; then
  echo "spectral: skipped, only some tests ran (-Dtest=$2), so the served document may be stale"
  exit 0
fi
here="$(cd "$(dirname "$0")" && pwd)"
# A fresh machine of this kind has no Node.js: Debian's is enough for Spectral.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  as_root=""
  [[ "$(id -u)" -ne 0 ]] && as_root="sudo"
  $as_root apt-get update -qq && $as_root apt-get install -y -qq nodejs npm
fi
document="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
if [[ ! -f "$document" ]]; then
  echo "spectral: no served document at $document (ServedDocumentTest writes it)" >&2
  exit 1
fi
cd "$here"
if [[ ! -x node_modules/.bin/spectral ]] || ! cmp -s package-lock.json node_modules/.package-lock.json.cradle; then
  npm ci --no-audit --no-fund --silent
  cp package-lock.json node_modules/.package-lock.json.cradle
fi
findings="$(dirname "$document")/spectral-findings.json"
# Spectral exits non-zero whenever it finds anything; the baseline decides what fails.
node_modules/.bin/spectral lint "$document" --ruleset .spectral.yaml --format json --output "$findings" --quiet || true
node check.mjs "$findings" baseline.json
