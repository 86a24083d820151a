#!/usr/bin/env bash
# Mints a development token signed with the development key pair (accepted only in the dev and test profiles).
# Usage: src/dev/jwt/mint-token.sh [subject] [roles, comma-separated] [lifetime in seconds]
#   TOKEN=$(src/dev/jwt/mint-token.sh alice@newsroom editor)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
subject="${1:-dev-editor}"
roles="${2:-editor}"
lifetime="${3:-3600}"
now=$(date +%s)
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
groups=$(printf '%s' "$roles" | sed 's/[^,][^,]*/"&"/g')
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
payload=$(printf '{"iss":"%s","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
    "${PARLEY_JWT_ISSUER:-https://parley.dev/issuer}" "$subject" "$subject" "$groups" "$now" $((now + lifetime)) | b64url)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$here/private-key.pem" -binary | b64url)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
