#!/usr/bin/env bash
# Drive wwc assess's full-screen application in a real terminal (tmux, 120×40), as issue 15
# asks: DM1 met with its evidence, DM2 not met, back to DM1 and changed to in progress, a
# filter to "RDC", RDC3 answered, a metric added (numbers with the Portuguese decimal comma),
# the result opened, q. Checks that the file holds exactly that and that q printed where the
# file is and how to go on, then Ctrl-C on a resumed session (exit 130). Prints the screens.
# Needs tmux; not run in CI.
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

start() {
  tmux kill-session -t "$session" 2>/dev/null || true
  tmux new-session -d -s "$session" -x 120 -y 40 -c "$work" \
    "env LANG=en_US.UTF-8 WWC_LANG= TERM=xterm-256color $bin assess $*; echo EXIT=\$?; sleep 60"
}
# A key at a time, with a pause: Esc followed at once by a letter reads as Alt+letter.
step() { tmux send-keys -t "$session" "$@"; sleep 0.3; }
type_text() { tmux send-keys -t "$session" -l "$1"; sleep 0.3; }
screen() { tmux capture-pane -t "$session" -p -J; }
wait_for() { for _ in $(seq 50); do screen | grep -q -- "$1" && return 0; sleep 0.2; done; echo "never saw: $1"; screen; exit 1; }
show() { echo "---- $1 ----"; screen; }
file=$work/wwc-recife-2025.yaml

start --lang pt --city Recife --country Brasil --year 2025
wait_for '› *○ DM1'
[ -f "$file" ] || { echo "the file does not exist from the start"; exit 1; }
step 1                                          # DM1 atende: its evidence opens
wait_for 'Evidência de DM1'
type_text 'https://recife.example/governanca'; step Enter
wait_for '› *○ DM2'
step 2                                          # DM2 não atende; DM3 selected
wait_for '› *○ DM3'
step Up; step Up                                # back to DM1
wait_for '› *✓ DM1'
step 3                                          # DM1 em andamento
wait_for '◐ DM1'
step /; type_text RDC; step Enter               # filter
wait_for 'filtro: RDC'
step Down; step Down                            # RDC1 → RDC3
wait_for '› *○ RDC3'
step 2                                          # RDC3 não atende
wait_for '✗ RDC3'
show 'the overview, filtered'
step Escape                                     # the filter goes
step m; wait_for 'Ainda não há indicadores'
step a
type_text 'Tempo de resposta'; step Tab
type_text 'min'; step Tab
step Right; step Tab                            # menor é melhor
type_text 2022; step Tab
type_text '71,5'; step Tab
type_text 2024; step Tab
type_text '48,25'; step Tab
step Enter                                      # no evidence: the form is done
wait_for '✓ Tempo de resposta'
show 'the metrics'
step Escape
step r; wait_for 'Critérios atendidos'
show 'the result'
step q
wait_for 'EXIT='
show 'after q'

echo "---- the answers file ----"
cat "$file"
screen | grep -q 'EXIT=0'
screen | grep -q "Salvo em wwc-recife-2025.yaml"
[ "$(grep -c 'answer:' "$file")" = 3 ] || { echo "not exactly three answers"; exit 1; }
grep -A2 '^  DM1:' "$file" | grep -q 'answer: in_progress'
grep -A2 '^  DM1:' "$file" | grep -q 'evidence: https://recife.example/governanca'
grep -A1 '^  DM2:' "$file" | grep -q 'answer: not_met'
grep -A1 '^  RDC3:' "$file" | grep -q 'answer: not_met'
grep -q 'name: Tempo de resposta' "$file"
grep -q 'baseline: 71.5' "$file"
grep -q 'current: 48.25' "$file"
grep -q 'direction: decrease' "$file"

# Resumed: the first open criterion is selected; Ctrl-C says what is saved and exits 130.
start wwc-recife-2025.yaml
wait_for '› *◐ DM1'
show 'resumed'
step C-c
wait_for 'EXIT='
show 'after Ctrl-C'
screen | grep -q 'EXIT=130'
screen | grep -q 'interrompido: os dados da cidade e 3 respostas estão salvos em wwc-recife-2025.yaml; continue com: wwc assess wwc-recife-2025.yaml'
echo "OK: DM1 met with evidence then in progress, DM2 not met, RDC3 through the filter, a metric in Portuguese numbers, the result, q (0) and Ctrl-C (130), all on disk"
