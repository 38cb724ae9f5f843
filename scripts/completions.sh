#!/usr/bin/env bash
# Regenerates the committed shell completions in completions/.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --quiet
bin=target/debug/expatdesk
$bin completions bash > completions/expatdesk.bash
$bin completions zsh > completions/_expatdesk
$bin completions fish > completions/expatdesk.fish
$bin completions elvish > completions/expatdesk.elv
$bin completions powershell > completions/_expatdesk.ps1
