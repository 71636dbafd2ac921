#!/usr/bin/env python3
"""Where the time went in a dotnet-trace capture (dotnet-sampled-thread-time profile, converted with
`dotnet-trace convert --format speedscope`), without PerfView.

  speedscope-top.py FILE [--under FRAME] [--cpu] [--exclusive] [-n 30]

By default: wall time per frame (inclusive) on the threads' stacks. --cpu counts only samples where the thread was
running (the CPU_TIME leaves), which is what matters on a busy machine. --under keeps only stacks that pass through
a frame whose name contains FRAME (e.g. InitialiseCmsAsync or RenderController). --exclusive charges each sample to
the innermost real method only.
"""
import argparse, collections, json

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--under", default="")
ap.add_argument("--cpu", action="store_true")
ap.add_argument("--exclusive", action="store_true")
ap.add_argument("-n", type=int, default=30)
a = ap.parse_args()

d = json.load(open(a.file))
names = [f["name"] for f in d["shared"]["frames"]]
pseudo = {"CPU_TIME", "UNMANAGED_CODE_TIME", "Threads", "(Non-Activities)"}
total = collections.Counter()
for profile in d["profiles"]:
    stack, opened = [], []
    for e in profile["events"]:
        if e["type"] == "O":
            stack.append(e["frame"]); opened.append(e["at"])
            continue
        frame = stack.pop(); duration = e["at"] - opened.pop()
        name = names[frame]
        if a.cpu and name != "CPU_TIME":
            continue
        if not a.cpu and name in pseudo:
            continue
        path = [names[f] for f in stack] + ([] if a.cpu else [name])
        if a.under and not any(a.under in p for p in path):
            continue
        real = [p for p in path if p not in pseudo]
        if not real:
            continue
        if a.exclusive:
            total[real[-1]] += duration
        else:
            for p in set(real):
                total[p] += duration

unit = d["profiles"][0].get("unit", "ms")
print(f"{'CPU' if a.cpu else 'wall'} time, {'exclusive' if a.exclusive else 'inclusive'} ({unit}), under '{a.under or 'everything'}'")
for name, value in total.most_common(a.n):
    print(f"{value:10.0f}  {name[:160]}")
