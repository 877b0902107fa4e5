#!/bin/bash
# Paired dev runs of the entity tagger, one at a time (a frugal ner_cv.sh): folds
# $FOLDS (default 1 5 9) with seeds $SEEDS (default 0 7), `train_ner --dev --fold K
# --seed S [args]`, from a copy of the binary (target/cv/train_ner.LABEL, copied unless
# there already) so that the tree may be rebuilt meanwhile.
# Outputs in target/cv/LABEL.sS.fK.out, the quantized stages in target/cv/LABEL.sS.fK.1
# and .2; `tools/ner_paired.sh --compare A B` prints the
# summary lines of two labels side by side with their means and per-run differences
# (LINE=pipeline: the pipeline lines, everything entities() does).
#
# usage: tools/ner_paired.sh LABEL [train_ner args]     (after cargo build --release --example train_ner)
#        [LINE=pipeline] tools/ner_paired.sh --compare BASE LABEL
#        EVAL=1 tools/ner_paired.sh LABEL2 BASE: no training, the stages saved by run
#        BASE scored again by the tree's train_ner (--eval-stages: rules after the tagger)
set -e
folds=(${FOLDS:-1 5 9}); seeds=(${SEEDS:-0 7})
line=${LINE:-summary}
summary() { grep -h "^$line:" "$1" | sed 's/.*doc F1 \([0-9.]*\) .*alone \([0-9.]*\).*/\1 \2/'; }
if [ "$1" = --compare ]; then
  a=$2; b=$3
  for s in "${seeds[@]}"; do for k in "${folds[@]}"; do
    fa=target/cv/$a.s$s.f$k.out; fb=target/cv/$b.s$s.f$k.out
    [ -f "$fa" ] && [ -f "$fb" ] && grep -q "^$line:" "$fb" && grep -q "^$line:" "$fa" || continue
    echo "s$s f$k $(summary $fa) $(summary $fb)"
  done; done | awk -v a=$a -v b=$b '{printf "%s  %s doc %.2f alone %.2f  %s doc %.2f alone %.2f  diff %+.2f %+.2f\n", $1" "$2, a, $3, $4, b, $5, $6, $5-$3, $6-$4; n++; d1+=$3; l1+=$4; d2+=$5; l2+=$6; if ($5>$3) bd++; if ($6>$4) bl++}
    END {if (n) printf "mean over %d runs: %s doc %.2f alone %.2f, %s doc %.2f alone %.2f, diff %+.2f %+.2f (better on %d and %d runs)\n", n, a, d1/n, l1/n, b, d2/n, l2/n, (d2-d1)/n, (l2-l1)/n, bd, bl}'
  exit 0
fi
label=$1; shift
if [ -n "$EVAL" ]; then
  base=$1; shift
  for s in "${seeds[@]}"; do for k in "${folds[@]}"; do
    nice -n 10 target/release/examples/train_ner --dev --fold $k --seed $s --eval-stages target/cv/$base.s$s.f$k "$@" > target/cv/$label.s$s.f$k.out 2>&1
  done; done
  exit 0
fi
bin=target/cv/train_ner.$label
[ -x "$bin" ] || cp target/release/examples/train_ner $bin   # a binary put there before is kept
for s in "${seeds[@]}"; do for k in "${folds[@]}"; do
  nice -n 10 $bin --dev --fold $k --seed $s --stages target/cv/$label.s$s.f$k "$@" > target/cv/$label.s$s.f$k.out 2>&1
done; done
