#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 CaseDesk contributors
"""Writes docs/performance.md from one casedesk_bench JSON result (run.sh calls this).

Each run's tables go in a section of their own, keyed by the number of cases, so runs at
10,000, 100,000 and 1,000,000 cases sit side by side; running again at the same size replaces
that section. Text outside the generated sections (findings, plans) is kept as it is.
"""
import argparse
import datetime
import json
import os
import re
import subprocess

# figure prefix -> (counter, comparison, budget, unit, text); a budget is a number, or a dict
# of one per backend label when they differ. Issue #13's budgets at 1,000,000 cases, read as a
# caseworker on PostgreSQL (loopback, and through a proxy holding every chunk back 2 ms each way).
PROXY = "PostgreSQL via 2 ms proxy"  # the read figures through tests/support/DelayProxy
BUDGETS = {
    "inbox_first_page": ("median_ms", "<=", {"SQLite": 5, "PostgreSQL": 5, PROXY: 15}, "ms",
                         "first page, query and model"),
    "inbox_next_page": ("median_ms", "<=", {"SQLite": 5, "PostgreSQL": 5, PROXY: 15}, "ms", "next page"),
    "view_counts": ("median_ms", "<=", 50, "ms", "all six view counts"),
    "list_count": ("median_ms", "<=", 50, "ms", "casedeskctl list --count"),
    "search_first_page": ("median_ms", "<=", {"SQLite": 50, "PostgreSQL": 50, PROXY: 60}, "ms",
                          "search, first page"),
    "open_case": ("median_ms", "<=", {"SQLite": 5, "PostgreSQL": 10, PROXY: 25}, "ms", "open a case"),
    "gui_start": ("real_time", "<=", {"SQLite": 300, "PostgreSQL": 500}, "ms", "start to painted inbox"),
    # Intake's rate is a throughput: many submissions, stored as `casedeskctl submit` stores a
    # folder (batches). One submission alone is a latency: `submit FILE` starts a process (some
    # 50 ms) around it, and submissions that come one at a time come minutes apart.
    "intake/json_batch": ("submissions_per_s", ">=", {"SQLite": 1000, "PostgreSQL": 500}, "/s",
                          "JSON submissions in batches"),
    "intake/json": ("median_ms", None, None, "ms", "one JSON submission alone (no budget: a latency)"),
    "purge": ("cases_per_s", ">=", 2000, "cases/s", "purge rate"),
}
EXTRA_BUDGETS = {
    "gui_start": [("rss_mb", "<=", 100, "MB", "resident memory, inbox open")],
    "purge": [("inbox_worst_wait_ms", "<=", 200, "ms", "worst inbox wait during purge")],
}
OVERHEAD_BUDGET = 1.5


def sh(*args):
    try:
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def machine():
    cpu = "unknown CPU"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = 0
    with open("/proc/meminfo") as f:
        for line in f:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    return "%s, %d cores, %.1f GB RAM, %s" % (cpu, os.cpu_count(), mem_kb / 1024 / 1024,
                                             sh("uname", "-sr") or "Linux")


def fmt(value, unit):
    if value is None:
        return "–"
    if unit in ("/s", "cases/s"):
        return "%s %s" % ("{:,.0f}".format(value), unit)
    if value >= 100:
        return "%.0f %s" % (value, unit)
    return "%.1f %s" % (value, unit) if value >= 10 else "%.2f %s" % (value, unit)


def verdict(value, op, budget):
    if value is None or budget is None:
        return "–"
    ok = value <= budget if op == "<=" else value >= budget
    return "met" if ok else "**missed**"


def counter(bench, name):
    if name == "real_time":
        # Google Benchmark reports the manual time per iteration in time_unit.
        scale = {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}[bench.get("time_unit", "ns")]
        return bench["real_time"] * scale
    return bench.get(name)


def section(result, cases, root, commit_text=None):
    ctx = result.get("context", {})
    commit = sh("git", "-C", root, "rev-parse", "--short", "HEAD")
    dirty = " (with uncommitted changes)" if sh("git", "-C", root, "status", "--porcelain",
                                                 "--untracked-files=no") else ""
    if commit_text:
        commit, dirty = commit_text, ""
    lines = ["## %s cases" % "{:,}".format(cases), "",
             "- Date: %s" % datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
             "- Commit: %s%s" % (commit if commit_text else "`%s`" % (commit or "unknown"), dirty),
             "- Load average when the run ended: %s (on %d cores)" % (
                 open("/proc/loadavg").read().split()[0], os.cpu_count()),
             "- Machine: %s" % machine(),
             "- Cases in the databases: %s" % ", ".join(
                 "%s %s" % (k.replace("casedesk_cases_", ""), "{:,}".format(int(v)))
                 for k, v in sorted(ctx.items()) if k.startswith("casedesk_cases_")),
             "- Read as: %s" % ("; ".join(
                 "%s: %s" % (k.replace("casedesk_read_as_", ""), v)
                 for k, v in sorted(ctx.items()) if k.startswith("casedesk_read_as_"))
                 or "the database owner (before the caseworker runs of issue #13)"),
             "- CaseDesk RelWithDebInfo; the Google Benchmark library reports a %s build" %
             ctx.get("library_build_type", "?"),
             ""]
    benches = [b for b in result.get("benchmarks", []) if b.get("run_type", "iteration") == "iteration"]
    backends = []
    for b in benches:
        parts = b["name"].split("/")
        if len(parts) >= 3 and parts[1] not in backends:
            backends.append(parts[1])
    for backend in backends:
        lines += ["### %s" % backend, "",
                  "| figure | variant | median | budget | | bare query | QSqlQueryModel | overhead (≤ %.1f×) | notes |"
                  % OVERHEAD_BUDGET,
                  "| --- | --- | ---: | ---: | --- | ---: | ---: | ---: | --- |"]
        for b in benches:
            parts = b["name"].split("/")
            if len(parts) < 3 or parts[1] != backend:
                continue
            figure, variant = parts[0], re.sub(r"/(iterations:\d+|manual_time)", "", "/".join(parts[2:]))
            if b.get("error_occurred"):
                lines.append("| %s | %s | **error** | | | | | | %s |" % (figure, variant,
                                                                  b.get("error_message", "")))
                continue
            rules = [BUDGETS.get("%s/%s" % (figure, variant), BUDGETS.get(figure))] + EXTRA_BUDGETS.get(figure, [])
            for i, rule in enumerate(r for r in rules if r):
                name, op, budget, unit, _ = rule
                if isinstance(budget, dict):
                    budget = budget[backend]
                value = counter(b, name)
                bare = b.get("bare_ms") if i == 0 else None
                model = b.get("qsqlquerymodel_ms") if i == 0 else None
                overhead = b.get("overhead") if i == 0 else None
                notes = []
                if i == 0 and "page_rows" in b:
                    notes.append("%d rows" % b["page_rows"])
                if i == 0 and "repository_ms" in b:
                    notes.append("CaseRepository::list alone %s" % fmt(b["repository_ms"], "ms"))
                if i == 0 and figure == "purge":
                    notes.append("%d purged; with storage maintenance %s (maintenance %.1f s)" % (
                        b.get("purged", 0), fmt(b.get("cases_per_s_with_maintenance"), "cases/s"),
                        b.get("maintenance_s", 0)))
                if i == 1 and figure == "purge":
                    notes.append("median inbox %.1f ms over %d queries" % (b.get("inbox_median_ms", 0),
                                                                           b.get("inbox_queries", 0)))
                if i == 0 and figure == "intake" and op is None:
                    notes.append("%s one after another" % fmt(b.get("submissions_per_s"), "/s"))
                if i == 0 and figure == "gui_start":
                    notes.append("main() to paint %.0f ms" % b.get("main_to_paint_ms", 0))
                if i == 1 and figure == "gui_start":
                    notes.append("peak %.0f MB" % b.get("rss_peak_mb", 0))
                over = "–"
                if overhead:
                    over = "%.2f×%s" % (overhead, "" if overhead <= OVERHEAD_BUDGET else " **over**")
                lines.append("| %s | %s | %s | %s | %s | %s | %s | %s | %s |" % (
                    figure if i == 0 else "", variant if i == 0 else rule[4],
                    fmt(value, unit),
                    "–" if op is None else "%s %s" % (op.replace("<=", "≤").replace(">=", "≥"), fmt(budget, unit)),
                    verdict(value, op, budget), fmt(bare, "ms") if bare else "–",
                    fmt(model, "ms") if model else "–", over, "; ".join(notes)))
        lines.append("")
    return "\n".join(lines)


HEADER = """# Performance

Measured by `tests/benchmarks/run.sh --cases N` (Google Benchmark program `casedesk_bench`,
see issue #5). Budgets are for 1,000,000 cases; smaller runs are held to the same numbers.
*median* is the median over the iterations of what a caseworker waits for: the repository
query **and** `CaseListModel` producing every cell of the page (or the service call). The
*bare query* runs exactly the statements CaseDesk ran (recorded from the driver, values written
in) through `QSqlQuery` alone; *QSqlQueryModel* shows the same statements in a stock model;
*overhead* is median ÷ bare query. Generated sections are replaced by the next run at the same
size; everything outside them is written by hand and kept.
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--result", required=True)
    parser.add_argument("--cases", type=int, required=True)
    parser.add_argument("--root", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--commit", help="what was measured, when not the checkout at --root")
    args = parser.parse_args()
    with open(args.result) as f:
        result = json.load(f)
    text = section(result, args.cases, args.root, args.commit)
    begin, end = "<!-- run:%d -->" % args.cases, "<!-- /run:%d -->" % args.cases
    block = "%s\n%s\n%s" % (begin, text, end)
    doc = open(args.out).read() if os.path.exists(args.out) else HEADER
    if begin in doc and end in doc:
        doc = doc[:doc.index(begin)] + block + doc[doc.index(end) + len(end):]
    else:
        # Runs in order of size, after the header and before the hand-written notes.
        runs = [(int(m.group(1)), m.start()) for m in re.finditer(r"<!-- run:(\d+) -->", doc)]
        later = [pos for n, pos in runs if n > args.cases]
        if later:
            pos = min(later)
        elif runs:
            last = max(runs)[0]
            tail = "<!-- /run:%d -->" % last
            pos = doc.index(tail) + len(tail)
            block = "\n\n" + block
        else:
            marker = "<!-- notes -->"
            pos = doc.index(marker) if marker in doc else len(doc)
            block = "\n" + block + "\n\n"
        doc = doc[:pos] + block + ("\n\n" if later else "") + doc[pos:]
    with open(args.out, "w") as f:
        f.write(doc.rstrip("\n") + "\n")


if __name__ == "__main__":
    main()
