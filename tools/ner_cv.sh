#!/bin/bash
# Ten-fold cross-validation of the entity tagger on ANERcorp's training part: each tenth
# held out in turn (`train_ner --dev --fold K`, seed $SEED or 0), two folds at a time. Prints the
# mean micro F1 of the quantized model (with the default or given biases), the mean of
# the second-stage bias sweep (float weights), of the first stage alone, and per type.
# This is how the settings in examples/train_ner.rs are judged; test.conll is never
# looked at. FOLDS picks some of the ten folds for a quicker look (say so when quoting).
#
# usage: [FOLDS="1 5 9"] [SEED=N] tools/ner_cv.sh LABEL [train_ner args]
#        (from the repository root, with the fast release profile exported; outputs in
#        target/cv/LABEL.fK.out; about 8 minutes on two free cores)
set -e
label=$1; shift
nice cargo build --release --example train_ner -q
mkdir -p target/cv
folds=(${FOLDS:-0 1 2 3 4 5 6 7 8 9})
for half in 0 1; do ( for ((j = half; j < ${#folds[@]}; j += 2)); do k=${folds[$j]}
  nice -n 10 ./target/release/examples/train_ner --dev --fold $k --seed ${SEED:-0} "$@" > target/cv/$label.f$k.out 2>&1
done ) & done; wait
cat $(for k in "${folds[@]}"; do echo target/cv/$label.f$k.out; done) | grep -E "^\| micro" | awk '{s+=$8;n++} END {printf "mean micro (quantized) over %d folds: %.2f\n", n, s/n}'
cat $(for k in "${folds[@]}"; do echo target/cv/$label.f$k.out; done) | grep "two stages" | sed 's/.*bias \([0-9.]*\):.*F1 \([0-9.]*\)/\1 \2/' | awk '{s[$1]+=$2;n[$1]++} END {for (b in s) printf "stage-2 bias %s: %.2f (%d folds)\n", b, s[b]/n[b], n[b]}' | sort -t' ' -k3 -n
cat $(for k in "${folds[@]}"; do echo target/cv/$label.f$k.out; done) | grep "alone" | awk '{s+=$NF;n++} END {printf "stage 1 alone: %.2f\n", s/n}'
cat $(for k in "${folds[@]}"; do echo target/cv/$label.f$k.out; done) | grep -E "^\| (PER|LOC|ORG|MISC) " | awk '{p[$2]+=$4;r[$2]+=$6;f[$2]+=$8;n[$2]++} END {for (t in n) printf "%s: P %.2f R %.2f F1 %.2f\n", t, p[t]/n[t], r[t]/n[t], f[t]/n[t]}' | sort
