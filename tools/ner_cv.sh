#!/bin/bash
# Ten-fold cross-validation of the entity tagger on ANERcorp's training part: each tenth
# held out in turn (`train_ner --dev --fold K`, seed $SEED or 0), two folds at a time. Prints the
# mean micro F1 of the quantized model (with the default or given biases), the mean of
# the second-stage bias sweep (float weights) and of the first stage alone. This is how
# the settings in examples/train_ner.rs are judged; test.conll is never looked at.
#
# usage: tools/ner_cv.sh LABEL [train_ner args]   (from the repository root; outputs in
#        target/cv/LABEL.fK.out; about 8 minutes on two free cores)
set -e
label=$1; shift
cargo build --release --example train_ner -q
mkdir -p target/cv
for half in 0 1; do ( for k in $(seq $half 2 9); do
  ./target/release/examples/train_ner --dev --fold $k --seed ${SEED:-0} "$@" > target/cv/$label.f$k.out 2>&1
done ) & done; wait
cat target/cv/$label.f*.out | grep -E "^\| micro" | awk '{s+=$8;n++} END {printf "mean micro (quantized) over %d folds: %.2f\n", n, s/n}'
cat target/cv/$label.f*.out | grep "two stages" | sed 's/.*bias \([0-9.]*\):.*F1 \([0-9.]*\)/\1 \2/' | awk '{s[$1]+=$2;n[$1]++} END {for (b in s) printf "stage-2 bias %s: %.2f (%d folds)\n", b, s[b]/n[b], n[b]}' | sort -t' ' -k3 -n
cat target/cv/$label.f*.out | grep "alone" | awk '{s+=$NF;n++} END {printf "stage 1 alone: %.2f\n", s/n}'
