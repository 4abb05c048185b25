#!/usr/bin/env bash
# Debian packages the test suite needs, installed only when missing so repeated runs stay fast.
set -euo pipefail
needed=()
command -v pg_isready >/dev/null || needed+=(postgresql-client)
command -v libreoffice >/dev/null || needed+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null || needed+=(poppler-utils)
command -v chromium >/dev/null || needed+=(chromium)
command -v redis-server >/dev/null || needed+=(redis-server)
if [ ${#needed[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${needed[@]}"
fi
