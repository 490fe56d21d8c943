#!/usr/bin/env bash
# The review page in real headless Chromium (tests/browser, playwright-core
# driving Debian's /usr/bin/chromium). Installs playwright-core from npm on
# first run; no browser is downloaded.
set -euo pipefail
cd "$RASD_SRC/tests/browser"
if [[ ! -x /usr/bin/chromium ]]; then
	echo "FAIL: /usr/bin/chromium is missing (scripts/setup.sh --test installs it)" >&2
	exit 1
fi
if [[ ! -d node_modules/playwright-core ]]; then
	PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi
# ASan builds of rasd make Chromium-independent checks only slower; keep them.
RASD="$RASD" RASD_SHARED="$RASD_SHARED" node --test review.test.mjs
