#!/bin/bash
# What each rule after the entity tagger gains and loses on ANERcorp's dev folds (README,
# Entities: the table of steps). Builds train_ner with a hook after every step of
# `post::fix` and `heads::fix` (tools/ner_steps.py instrument, on the sources in place,
# which are put back at once, also on failure), then scores the stages that
# `tools/ner_paired.sh BASE` saved for folds $FOLDS (1 5 9) and seeds $SEEDS (0 7), and
# prints the steps in order, summed over the runs: mentions changed, right ones added
# (TP+) and removed (TP-), wrong ones added (FP+) and removed (FP-), and the pooled F1
# after each, with the dev part as one text (doc) and every sentence fed alone (alone).
# The mentions themselves, with the gold and the words around them, are in
# target/cv/LABEL.sS.fK.steps (one line each: mode, step, kind, mention, gold, context).
#
# usage: tools/ner_steps.sh LABEL BASE     (after tools/ner_paired.sh BASE)
set -e
label=$1; base=$2
[ -n "$label" ] && [ -n "$base" ] || { sed -n '2,13p' "$0"; exit 1; }
folds=(${FOLDS:-1 5 9}); seeds=(${SEEDS:-0 7})
files="src/entities/post.rs src/entities/heads.rs examples/train_ner.rs"
keep=$(mktemp -d)
for f in $files; do cp "$f" "$keep/"; done
restore() { for f in $files; do cp "$keep/$(basename "$f")" "$f"; done; rm -rf "$keep"; }
trap restore EXIT
python3 tools/ner_steps.py instrument
mkdir -p target/cv
nice -n 10 cargo build --release --example train_ner
cp target/release/examples/train_ner target/cv/train_ner.steps.$label
restore; trap - EXIT
for s in "${seeds[@]}"; do for k in "${folds[@]}"; do
  nice -n 10 target/cv/train_ner.steps.$label --dev --fold $k --seed $s --eval-stages target/cv/$base.s$s.f$k \
    --steps target/cv/$label.s$s.f$k.steps 2> target/cv/$label.s$s.f$k.stepsout
done; done
python3 tools/ner_steps.py table target/cv/$label.s*.f*.stepsout
