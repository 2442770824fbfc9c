#!/usr/bin/env bash
# Drive wwc assess's full-screen form in a real terminal (tmux), city first: an empty city is
# refused and asked again, the answers file exists from the city on (and takes the year into
# its name), the population may be left empty, two criteria are answered with the arrow keys,
# then Ctrl-C. Checks what the file holds and what the interruption says, then runs the
# printed resume command on a terminal set to English and checks it speaks Portuguese.
# Prints the screens. Needs tmux; not run in CI.
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
  "env LANG=en_US.UTF-8 WWC_LANG= TERM=xterm-256color $bin assess --lang pt; echo EXIT=\$?; sleep 60"
step() { sleep "${2:-0.8}"; tmux send-keys -t "$session" "$1"; }
screen() { tmux capture-pane -t "$session" -p -J; }
wait_for() { for _ in $(seq 50); do screen | grep -q "$1" && return 0; sleep 0.2; done; echo "never saw: $1"; screen; exit 1; }
show() { echo "---- $1 ----"; screen | sed '/^$/N;/^\n$/D'; }

wait_for 'Cidade'
step Enter                                    # no city: refused, asked again
wait_for 'a cidade é necessária'
show 'an empty city'
[ -z "$(ls "$work")" ] || { echo "a file was written before the city"; exit 1; }
step 'Recife' 1; step Enter
wait_for 'País (opcional)'
[ -f "$work/wwc-recife.yaml" ] || { echo "the city typed is not saved"; exit 1; }
step Enter                                    # no country
wait_for 'Ano da avaliação (opcional)'
step '2025' 1; step Enter
wait_for 'População (opcional)'
[ -f "$work/wwc-recife-2025.yaml" ] && [ ! -e "$work/wwc-recife.yaml" ] || { echo "the file did not take the year"; exit 1; }
step Enter                                    # no population: accepted
wait_for 'DM1 · Estratégia'
step Enter                                    # DM1: Atende (preselected)
wait_for 'Evidência (opcional)'
step 'https://recife.example/governanca' 1; step Enter
step Enter                                    # no notes
wait_for 'DM2 · Inventário'
step Down; step Enter                         # DM2: Não atende
step Enter; step Enter
wait_for 'DM3 · '
step C-c 1
wait_for 'EXIT='
show 'after Ctrl-C'

file=$work/wwc-recife-2025.yaml
echo "---- the answers file ----"
cat "$file"
grep -q '^lang: pt$' "$file"
grep -q 'city: Recife' "$file"
! grep -q 'population' "$file"
grep -q 'answer: met' "$file"
grep -q 'evidence: https://recife.example/governanca' "$file"
grep -q 'answer: not_met' "$file"
! grep -q 'DM3' "$file"
screen | grep -q 'EXIT=130'
screen | grep -q 'interrompido: os dados da cidade e 2 respostas estão salvos em wwc-recife-2025.yaml; continue com: wwc assess wwc-recife-2025.yaml$'

# The printed command, as printed, on a terminal set to English.
tmux kill-session -t "$session"
tmux new-session -d -s "$session" -x 120 -y 45 -c "$work" \
  "env LANG=en_US.UTF-8 WWC_LANG= TERM=xterm-256color $bin assess wwc-recife-2025.yaml; echo EXIT=\$?; sleep 60"
wait_for 'Cidade'
show 'the resume command'
screen | grep -q 'Continuando: 2 de 43 critérios respondidos'
step C-c 1
wait_for 'EXIT='
echo "OK: city first and required, file from the city on, population optional, two answers saved, Ctrl-C said so, resumed in Portuguese"
