#!/bin/bash
# Issue #14's neural question, measured: on dev folds of ANERcorp's training part (FOLDS,
# default "1 5 9") and seeds (SEEDS, default "0 7"), `train_ner --dev --fold K --seed S
# --nn` trains the perceptron stages and the window network of src/entities/window.rs on
# the same training sentences, then scores the two stages with the network's
# log-probabilities added to the emissions at the weights of --nn-grid. Prints, for each
# weight pair (stage 1, stage 2), the mean dev F1 with the dev part as one text and with
# every sentence fed alone; "0 0" is the perceptron alone, "alone" the network alone.
# The perceptron stages of each fold and seed are kept in target/nn/stages.sS.fK.{1,2}
# and reused by later runs (only the network is trained again): delete them after
# changing the perceptron. test.conll is never looked at.
#
# usage: [FOLDS="1 5 9"] [SEEDS="0 7"] tools/ner_nn.sh LABEL [train_ner args, e.g. --nn-dim 32]
#        (from the repository root, with the fast release profile exported; outputs in
#        target/nn/LABEL.sS.fK.out)
set -e
label=$1; shift; extra="$*"
nice cargo build --release --example train_ner -q
mkdir -p target/nn
runs=()
for s in ${SEEDS:-0 7}; do for k in ${FOLDS:-1 5 9}; do runs+=("$s $k"); done; done
for half in 0 1; do ( for ((j = half; j < ${#runs[@]}; j += 2)); do set -- ${runs[$j]}
  nice -n 10 ./target/release/examples/train_ner --dev --fold $2 --seed $1 --nn --stages target/nn/stages.s$1.f$2 $extra > target/nn/$label.s$1.f$2.out 2>&1
done ) & done; wait
outs=$(for r in "${runs[@]}"; do set -- $r; echo target/nn/$label.s$1.f$2.out; done)
cat $outs | grep -E "^nn " | sed 's/^nn \([^:]*\): doc F1 \([0-9.]*\) alone \([0-9.]*\).*/\1|\2 \3/' \
  | awk -F'|' '{split($2, v, " "); d[$1]+=v[1]; a[$1]+=v[2]; n[$1]++} END {for (k in n) printf "nn %s: mean doc F1 %.2f alone %.2f (%d runs)\n", k, d[k]/n[k], a[k]/n[k], n[k]}' | sort -t' ' -k2,2n -k3,3n
