#!/usr/bin/env python3
"""What each rule after the entity tagger does on ANERcorp's dev folds: the steps of
`post::fix` and `heads::fix`, one after the other, with the mentions each adds and
removes, right or wrong against the gold. Used by `tools/ner_steps.sh`, which puts a
hook after every step in a copy of the tree's sources, builds `train_ner` with a
`--steps FILE` option, puts the sources back, and runs it on the stages saved by
`tools/ner_paired.sh BASE`. No hook is committed: the steps are found in the sources
as they are (every `let spans = STEP(...)` line of the two `fix` functions), so the
tool follows the rules as they change.

usage: tools/ner_steps.py instrument          (edits the sources in place: ner_steps.sh only)
       tools/ner_steps.py table FILE...       (the summed table of `--steps` runs)
"""
import re, sys, collections

STEPS_RS = r"""
/// `--steps FILE` (added by tools/ner_steps.py, never committed): the dev mentions each rule
/// after the tagger adds and removes, right or wrong, summed per step (stderr) and listed (FILE).
fn steps_report(q1: &Model, q2: &Model, full: &Dict, dev: &[Sentence], path: &str) {
    use std::cell::RefCell;
    use std::collections::{HashMap, HashSet};
    use std::rc::Rc;
    type C = (usize, usize, usize);
    #[derive(Default)]
    struct St {
        ranges: Vec<(usize, usize)>,
        text: String,
        gold: HashSet<C>,
        prev: Vec<C>,
        order: Vec<&'static str>,
        counts: HashMap<&'static str, [usize; 4]>,
        ex: Vec<String>,
        mode: &'static str,
    }
    let names = ["PER", "LOC", "ORG", "MISC"];
    let chunks = |ranges: &[(usize, usize)], spans: &[isnad::entities::Span]| {
        let mut c = conll::spans_to_chunks(ranges, spans);
        c.sort_unstable();
        c.dedup();
        c
    };
    let st = Rc::new(RefCell::new(St::default()));
    let record = {
        let st = st.clone();
        move |name: &'static str, spans: &[isnad::entities::Span]| {
            let mut s = st.borrow_mut();
            let now = chunks(&s.ranges, spans);
            let prev: HashSet<C> = s.prev.iter().copied().collect();
            let nowset: HashSet<C> = now.iter().copied().collect();
            if !s.counts.contains_key(name) {
                s.order.push(name);
            }
            let mut d = [0usize; 4];
            let mut ex = Vec::new();
            let w = |s: &St, c: &C| {
                let (a, b) = (c.0.saturating_sub(6), (c.1 + 6).min(s.ranges.len()));
                let g: Vec<String> = s.gold.iter().filter(|g| g.0 < c.1 && c.0 < g.1).map(|g| format!("{}:{}", names[g.2], &s.text[s.ranges[g.0].0..s.ranges[g.1 - 1].1])).collect();
                format!("{}:{}\tgold: {}\t[{}]", names[c.2], &s.text[s.ranges[c.0].0..s.ranges[c.1 - 1].1], g.join(" | "), &s.text[s.ranges[a].0..s.ranges[b - 1].1])
            };
            for c in now.iter().filter(|c| !prev.contains(c)) {
                if s.gold.contains(c) { d[0] += 1; ex.push(format!("TP+ {}", w(&s, c))); } else { d[2] += 1; ex.push(format!("FP+ {}", w(&s, c))); }
            }
            for c in s.prev.iter().filter(|c| !nowset.contains(c)) {
                if s.gold.contains(c) { d[1] += 1; ex.push(format!("TP- {}", w(&s, c))); } else { d[3] += 1; ex.push(format!("FP- {}", w(&s, c))); }
            }
            let mode = s.mode;
            for e in ex {
                s.ex.push(format!("{mode}\t{name}\t{e}"));
            }
            let e = s.counts.entry(name).or_insert([0; 4]);
            for k in 0..4 { e[k] += d[k]; }
            s.prev = now;
        }
    };
    let rec = Rc::new(RefCell::new(record));
    {
        let rec = rec.clone();
        isnad::entities::post::trace::HOOK.with(|h| *h.borrow_mut() = Some(Box::new(move |n: &'static str, sp: &[isnad::entities::Span]| (rec.borrow_mut())(n, sp))));
    }
    let mut base = HashMap::new();
    let run = |mode: &'static str, text: &str, ranges: Vec<(usize, usize)>, gold: Vec<C>, base: &mut HashMap<&'static str, [usize; 3]>| {
        {
            let mut s = st.borrow_mut();
            s.mode = mode;
            s.ranges = ranges;
            s.text = text.to_string();
            s.gold = gold.iter().copied().collect();
            let b = base.entry(mode).or_insert([0; 3]);
            b[2] += gold.len();
        }
        let hook = isnad::entities::post::trace::HOOK.with(|h| h.borrow_mut().take());
        let tag = find_spans_dict(q1, Some(q2), full, text, false);
        isnad::entities::post::trace::HOOK.with(|h| *h.borrow_mut() = hook);
        {
            let mut s = st.borrow_mut();
            let c = chunks(&s.ranges, &tag);
            let b = base.entry(mode).or_insert([0; 3]);
            b[0] += c.iter().filter(|x| s.gold.contains(x)).count();
            b[1] += c.len();
            s.prev = c;
        }
        let spans = find_spans_dict(q1, Some(q2), full, text, true);
        (rec.borrow_mut())("overlap", &spans);
        let linked: Vec<isnad::entities::Span> = isnad::entities::link::link_one(text, &spans).into_iter().map(isnad::entities::Span::from).collect();
        (rec.borrow_mut())("link", &linked);
    };
    let doc = conll::Document::new(dev);
    run("doc", &doc.text, doc.ranges.clone(), doc.gold.clone(), &mut base);
    let mut out_lines = Vec::new();
    let dump = |mode: &str, st: &St, base: &HashMap<&'static str, [usize; 3]>, out: &mut Vec<String>| {
        let b = base[mode];
        out.push(format!("stepbase {mode} {} {} {}", b[0], b[1], b[2]));
        for n in &st.order {
            let c = st.counts[n];
            out.push(format!("step {mode} {n} {} {} {} {}", c[0], c[1], c[2], c[3]));
        }
    };
    dump("doc", &st.borrow(), &base, &mut out_lines);
    {
        let mut s = st.borrow_mut();
        s.counts.clear();
        s.order.clear();
    }
    for sent in dev {
        let (raw, ranges) = sent.text();
        run("alone", &raw, ranges, conll::gold_chunks(&sent.tags), &mut base);
    }
    {
        let s = st.borrow();
        dump("alone", &s, &base, &mut out_lines);
        std::fs::write(path, s.ex.join("\n") + "\n").expect("write");
    }
    for l in out_lines {
        eprintln!("{l}");
    }
}
"""


def hooked(path, pattern, hook):
    """The source of `path` with `hook(step)` after every `let spans = step(` line of
    its `pub fn fix`, and the body of that function (to edit further)."""
    s = open(path).read()
    a = s.index('pub fn fix(text: &str')
    b = s.index('\n}\n', a)
    out = []
    for l in s[a:b].split('\n'):
        out.append(l)
        m = re.match(pattern, l)
        if m:
            out.append(hook(m.group(1)))
    return s[:a], '\n'.join(out), s[b:]


def instrument():
    # (The hook, the calls after every step, and train_ner's --steps.)
    p = 'src/entities/post.rs'
    head, body, tail = hooked(p, r'    let spans = (super::heads::fix|[a-z_]+)\(',
                              lambda name: f'    trace::at("post::{name.replace("super::", "")}", &spans);')
    body = body.replace('    let [spans] = spread_in;', '    let [spans] = spread_in;\n    trace::at("post::spread", &spans);')
    body = body.replace('-> Vec<Span> {\n', '-> Vec<Span> {\n    trace::at("input", &spans);\n', 1)
    assert 'trace::at("input"' in body and 'trace::at("post::spread"' in body, 'post::fix changed'
    s = head + body + tail
    s += '''
    /// Added by tools/ner_steps.py, never committed: a hook after every step.
    pub mod trace {
        use super::Span;
        use std::cell::RefCell;
        thread_local! { pub static HOOK: RefCell<Option<Box<dyn FnMut(&'static str, &[Span])>>> = RefCell::new(None); }
        pub fn at(name: &'static str, spans: &[Span]) {
            HOOK.with(|h| if let Some(f) = h.borrow_mut().as_mut() { f(name, spans) })
        }
    }
    '''
    open(p, 'w').write(s)
    p = 'src/entities/heads.rs'
    head, body, tail = hooked(p, r'    let spans = ([a-z_]+)\(', lambda name: f'    super::post::trace::at("heads::{name}", &spans);')
    body = body.replace('    indefinite_bodies(tokens, infos, spans)', '    let spans = indefinite_bodies(tokens, infos, spans);\n    super::post::trace::at("heads::indefinite_bodies", &spans);\n    spans')
    open(p, 'w').write(head + body + tail)

    p = 'examples/train_ner.rs'
    s = open(p).read()
    s = s.replace('"--seed", "--seeds", "--stages",', '"--seed", "--seeds", "--stages", "--steps",')
    s = s.replace('fn dev_report(q1: &Model, q2: &Model, full: &Dict, dev: &[Sentence], args: &[String]) {\n',
                  'fn dev_report(q1: &Model, q2: &Model, full: &Dict, dev: &[Sentence], args: &[String]) {\n'
                  '    if let Some(path) = arg::<String>(args, "--steps") {\n'
                  '        steps_report(q1, q2, full, dev, &path);\n'
                  '        return;\n'
                  '    }\n')
    # (The sources changed so that a hook would be missed: stop rather than print an
    # empty table.)
    assert '"--steps",' in s and 'steps_report(q1, q2, full, dev, &path)' in s, 'train_ner.rs: OPTIONS or dev_report changed'
    s += STEPS_RS
    open(p, 'w').write(s)


def table(files):
    base = collections.defaultdict(lambda: [0,0,0])
    steps = collections.OrderedDict()
    for f in files:
        for l in open(f):
            p = l.split()
            if not p: continue
            if p[0] == 'stepbase':
                b = base[p[1]]
                for i in range(3): b[i] += int(p[2+i])
            elif p[0] == 'step':
                key = (p[1], p[2])
                c = steps.setdefault(key, [0,0,0,0])
                for i in range(4): c[i] += int(p[3+i])
    def f1(tp, pr, g): 
        return 0 if tp == 0 else 200*tp/(pr+g)
    for mode in ['doc', 'alone']:
        tp, pr, g = base[mode]
        n = len(files)
        print(f"== {mode}: tagger F1 {f1(tp,pr,g):.2f} (tp {tp} pred {pr} gold {g}; {n} runs)")
        print(f"{'step':40s} {'chg':>5s} {'TP+':>4s} {'TP-':>4s} {'FP+':>4s} {'FP-':>4s} {'dF1':>6s} {'F1':>6s}")
        for (m, name), c in steps.items():
            if m != mode: continue
            before = f1(tp, pr, g)
            tp += c[0] - c[1]; pr += c[0] + c[2] - c[1] - c[3]
            after = f1(tp, pr, g)
            chg = sum(c)
            if chg == 0: continue
            print(f"{name:40s} {chg:5d} {c[0]:4d} {c[1]:4d} {c[2]:4d} {c[3]:4d} {after-before:+6.2f} {after:6.2f}")



if __name__ == '__main__':
    if sys.argv[1:2] == ['instrument']:
        instrument()
    elif sys.argv[1:2] == ['table']:
        table(sys.argv[2:])
    else:
        sys.exit(__doc__)
