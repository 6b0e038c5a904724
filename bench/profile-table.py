#!/usr/bin/env python3
"""Where the server's CPU goes, from a JFR recording's execution samples (bench/README.md, "Profiling").

    bench/profile-table.py recording.jfr [--window spread] [--from HH:MM:SS --to HH:MM:SS]

Prints a Markdown table: for each category, the share of samples whose stack contains one of its frames (inclusive,
so rows overlap), and the share it owns: the category of the sample's nearest frame outside the JDK (so own shares add
up to 100 %). --window spread keeps the samples between the first
assist written (AssistWriter) and the first campaign created after it (the viral scenario's set-up), i.e. the spread
scenario of a bench/run with SCENARIOS=...,spread,viral; --from/--to keep the samples between two times of day (UTC,
as bench/run's log prints them before each measured window); without either every sample counts.
"""
import re
import subprocess
import sys

# (label, frame prefixes); the first matching category of the top frame is its "self" category.
CATEGORIES = [
    ("assist path: AssistEngine (request side: cache, checks, wait)", ["io.huzhu.task.AssistEngine."]),
    ("assist path: AssistWriter transaction (writer thread)", ["io.huzhu.task.AssistWriter."]),
    ("risk gate (inline)", ["io.huzhu.risk.RiskGate.", "io.huzhu.risk.InlineGate.", "io.huzhu.risk.Fingerprints."]),
    ("risk signals (risk_assist insert)", ["io.huzhu.risk.SignalListeners.", "io.huzhu.risk.SignalStore."]),
    ("token lookup (identity.Tokens)", ["io.huzhu.identity.Tokens."]),
    ("idempotency filter", ["io.huzhu.web.IdempotencyFilter."]),
    ("reciprocity credit listener", ["io.huzhu.reciprocity."]),
    ("feed card push", ["io.huzhu.feed."]),
    ("event publication registry (Modulith)", ["org.springframework.modulith."]),
    ("Spring Security filter chain", ["org.springframework.security."]),
    ("Micrometer observations and metrics", ["io.micrometer."]),
    ("Spring MVC dispatch", ["org.springframework.web.servlet.", "org.springframework.web.method."]),
    ("JSON (Jackson)", ["tools.jackson.", "com.fasterxml.jackson."]),
    ("PostgreSQL JDBC driver", ["org.postgresql."]),
    ("HikariCP", ["com.zaxxer.hikari."]),
    ("Spring JDBC", ["org.springframework.jdbc."]),
    ("Spring transactions", ["org.springframework.transaction."]),
    ("Tomcat (HTTP, sockets)", ["org.apache.coyote.", "org.apache.tomcat.", "org.apache.catalina."]),
    ("logging", ["ch.qos.logback.", "org.slf4j.", "org.apache.logging."]),
    ("JDK (java.*, jdk.*, sun.*)", ["java.", "jdk.", "sun."]),
]


def samples(path):
    out = subprocess.run(
        ["jfr", "print", "--events", "jdk.ExecutionSample", "--stack-depth", "256", path],
        check=True, capture_output=True, text=True).stdout
    for block in out.split("jdk.ExecutionSample {")[1:]:
        m = re.search(r"startTime = (\S+)", block)
        frames = re.findall(r"^\s{4}([\w$./<>]+)\(", block, re.M)
        yield (m.group(1) if m else ""), frames


def window(all_samples, name):
    if name == "ceiling":
        hits = [i for i, (_, f) in enumerate(all_samples) if any(x.startswith("io.huzhu.web.PingController.") for x in f)]
        return all_samples[hits[0]:hits[-1] + 1] if hits else []
    if name != "spread":
        return all_samples
    start = next((i for i, (_, f) in enumerate(all_samples) if any(x.startswith("io.huzhu.task.AssistWriter.") for x in f)), None)
    if start is None:
        return []
    end = next((i for i in range(start, len(all_samples))
                if any(x.startswith("io.huzhu.campaign.CampaignController.") for x in all_samples[i][1])), len(all_samples))
    return all_samples[start:end]


def main():
    path = sys.argv[1]
    name = sys.argv[sys.argv.index("--window") + 1] if "--window" in sys.argv else ""
    data = sorted(samples(path), key=lambda s: s[0])
    data = window(data, name)
    if "--from" in sys.argv:
        # several --from/--to pairs may be given (for example the measured windows of every run)
        starts = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == "--from"]
        ends = [sys.argv[i + 1] for i, a in enumerate(sys.argv) if a == "--to"]
        data = [d for d in data if any(a <= d[0][:8] <= b for a, b in zip(starts, ends))]
    total = len(data)
    if total == 0:
        print("no samples")
        return
    print(f"{total} execution samples" + (f" in the {name} window" if name else ""))
    print()
    print("| where | inclusive | own (nearest non-JDK frame) |")
    print("|---|---:|---:|")
    owner = []
    for _, f in data:
        label = None
        for frame in f:
            label = next((lab for lab, ps in CATEGORIES[:-1] if any(frame.startswith(p) for p in ps)), None)
            if label:
                break
        owner.append(label or ("JDK only" if f else "no stack"))
    for label, prefixes in CATEGORIES[:-1]:
        inclusive = sum(1 for _, f in data if any(x.startswith(p) for x in f for p in prefixes))
        own = sum(1 for o in owner if o == label)
        print(f"| {label} | {100 * inclusive / total:.1f} % | {100 * own / total:.1f} % |")
    other = [o for o in owner if o not in [lab for lab, _ in CATEGORIES[:-1]]]
    print(f"| elsewhere (other libraries, JDK-only stacks: GC-free JIT, virtual-thread scheduling, ...) | | {100 * len(other) / total:.1f} % |")
    tops = {}
    for _, f in data:
        if f:
            tops[f[0]] = tops.get(f[0], 0) + 1
    print()
    print("Hottest top frames:")
    for frame, n in sorted(tops.items(), key=lambda kv: -kv[1])[:15]:
        print(f"- {frame}: {100 * n / total:.1f} %")


if __name__ == "__main__":
    main()
