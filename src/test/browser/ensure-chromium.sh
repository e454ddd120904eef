#!/usr/bin/env bash
# The console's browser tests drive Debian's headless Chromium through its ChromeDriver. Installs
# both (packages chromium and chromium-driver) when they are missing; run by the build before the
# integration tests, so that a fresh machine needs nothing installed by hand.
set -euo pipefail
if command -v chromium > /dev/null && command -v chromedriver > /dev/null; then
  exit 0
fi
sudo=""
if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
echo "Installing Debian's chromium and chromium-driver for the console's browser tests"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver > /dev/null
chromium --version
chromedriver --version
