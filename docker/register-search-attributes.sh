#!/bin/sh
# Registers the booking workflow's search attributes (idempotent: an existing one is left as is).
# The list is temporal/shared/search-attributes.json, the one the workflow contract and the stack
# scripts read; docker-compose mounts it. Parsed with sed because the admin-tools image promises
# no JSON tool; the file keeps one `"Name": "Type"` pair per line (prettier prints it so).
# Usage: register-search-attributes.sh <search-attributes.json> <temporal address>
set -eu
list="$1"
address="$2"
pairs=$(sed -n 's/^[[:space:]]*"\([A-Za-z0-9_]*\)"[[:space:]]*:[[:space:]]*"\([A-Za-z]*\)".*$/\1=\2/p' "$list")
if [ -z "$pairs" ]; then
  echo "no search attributes found in $list" >&2
  exit 1
fi
for pair in $pairs; do
  temporal operator search-attribute create --address "$address" --name "${pair%%=*}" --type "${pair##*=}" || true
done
