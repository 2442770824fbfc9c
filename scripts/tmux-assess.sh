#!/usr/bin/env bash
# Drive wwc assess's full-screen form in a real terminal (tmux): city details, three criteria
# answered with the arrow keys, text typed, then Ctrl-C. Checks that the file holds exactly
# those answers and prints what the screen showed. Needs tmux; not run in CI.
#
#   scripts/tmux-assess.sh [path/to/wwc]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-bin/wwc}
[ -x "$bin" ] || make build >/dev/null
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
command -v tmux >/dev/null || { echo "tmux is needed (apt-get install tmux)"; exit 2; }
work=$(mktemp -d)
session=wwc-assess-$$
trap 'tmux kill-session -t "$session" 2>/dev/null || true; rm -rf "$work"' EXIT

tmux new-session -d -s "$session" -x 120 -y 45 -c "$work" \
  "TERM=xterm-256color $bin assess --lang es --city Maipú --country Chile --year 2025; echo EXIT=\$?; sleep 60"
step() { sleep "${2:-0.8}"; tmux send-keys -t "$session" "$1"; }
screen() { tmux capture-pane -t "$session" -p; }
wait_for() { for _ in $(seq 50); do screen | grep -q "$1" && return 0; sleep 0.2; done; echo "never saw: $1"; screen; exit 1; }

wait_for 'Ciudad'
step Enter; step Enter; step Enter           # city, country, year from the flags
step '578605' 1; step Enter                   # population
wait_for 'DM1 · Estrategia'
step Enter                                    # DM1: Cumple (preselected)
wait_for 'Evidencia (opcional)'
step 'https://www.maipu.cl/gobernanza' 1; step Enter
step 'comité trimestral' 1; step Enter
wait_for 'DM2 · Inventario'
step Down; step Enter                         # DM2: No cumple
step Enter; step Enter                        # no evidence, no notes
wait_for 'DM3 · Intercambio'
step Down; step Down; step Enter              # DM3: En proceso
step Enter; step Enter
wait_for 'DM4 · Calidad'
step C-c 1
wait_for 'EXIT='

echo "---- what the screen showed ----"
screen | sed '/^$/N;/^\n$/D'
echo "---- the answers file ----"
cat "$work/wwc-maipu-2025.yaml"
grep -q 'answer: met' "$work/wwc-maipu-2025.yaml"
grep -q 'evidence: https://www.maipu.cl/gobernanza' "$work/wwc-maipu-2025.yaml"
grep -q 'answer: not_met' "$work/wwc-maipu-2025.yaml"
grep -q 'answer: in_progress' "$work/wwc-maipu-2025.yaml"
! grep -q 'DM4' "$work/wwc-maipu-2025.yaml"
screen | grep -q 'EXIT=130'
screen | grep -q 'interrumpido: 3 respuestas están guardadas en wwc-maipu-2025.yaml'
echo "OK: three answers saved, Ctrl-C left exit code 130 and the resume command"
