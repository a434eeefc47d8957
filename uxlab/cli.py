"""The `uxlab` command line: the contract other tools and the GUI rely on.

Kept free of Qt (and of pandas until a command needs it) so `uxlab --help` is instant; the GUI is
imported only when it is asked for. Bad input exits with code 2 and one clear message.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from uxlab import __version__
from uxlab.core.errors import UxlabError

EXIT_BAD_INPUT = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # argparse's own errors: exit 2, one line
        self.print_usage(sys.stderr)
        raise SystemExit(_fail(f"{message}. Fix: see `{self.prog} --help`"))


def _fail(message: str) -> int:
    print(f"uxlab: error: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


def _confidence(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number (use 0.90, 0.95 or 0.99)") from None
    if 50 <= value < 100:  # 95 means 95 %
        value /= 100
    if not 0 < value < 1:
        raise argparse.ArgumentTypeError(f"{text} is not a confidence level (use 0.90, 0.95 or 0.99)")
    return value


LANGUAGES = ("en", "fr", "ar", "fa", "ru")  # the same as uxlab.export.labels.LANGUAGES


def _language(text: str) -> str:
    code = text.strip().lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"'{text}' is not a supported language (use {', '.join(LANGUAGES)})")
    return code


def _import_options(p: argparse.ArgumentParser) -> None:
    """How to read a results spreadsheet (docs/import.md)."""
    p.add_argument("--map", metavar="FIELD=COLUMN", action="append", default=[],
                   help='which column holds a uxlab field, repeatable: --map participant=ID '
                        '--map "sus1=Frage 1" --map "find.time_s=Find (s)"; FIELD= alone: not in the file')
    p.add_argument("--map-file", type=Path, metavar="FILE",
                   help='a JSON object {"uxlab field": "column name"} (as saved beside the data)')
    p.add_argument("--sheet", metavar="NAME",
                   help="the workbook sheet to read (default: the first that holds data)")


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="uxlab", description="uxlab: a lab for moderated usability testing.")
    p.add_argument("--version", action="version", version=f"uxlab {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser,
                           description="Without a command, `uxlab [STUDY]` opens the desktop app.")

    a = sub.add_parser("analyze", help="metrics of a study folder or a long-format CSV / XLSX")
    a.add_argument("path", type=Path)
    a.add_argument("--json", action="store_true", help="print one JSON object")
    a.add_argument("--confidence", type=_confidence, default=0.95, help="0.90, 0.95 (default) or 0.99")
    a.add_argument("--by", metavar="COLUMN", help="compare groups by a participant column, e.g. group")
    a.add_argument("--benchmark", metavar="NAME=VALUE", action="append", default=[],
                   help="test against a benchmark, repeatable: completion (default 0.78), sus (68), "
                        "umux_lite (68, SUS-equivalent), seq (5.5), nps (no default); "
                        "task times are tested against each task's target")
    _import_options(a)

    e = sub.add_parser("export", help="write the analysed study to an Excel workbook and/or CSV files")
    e.add_argument("path", type=Path)
    e.add_argument("-o", "--output", type=Path, help="results.xlsx")
    e.add_argument("--csv", type=Path, metavar="FOLDER",
                   help="also (or only) write attempts, participants, events, answers, tasks .csv there")
    e.add_argument("--confidence", type=_confidence, default=0.95)
    e.add_argument("--by", metavar="COLUMN", help="add a group comparison sheet")
    e.add_argument("--benchmark", metavar="NAME=VALUE", action="append", default=[],
                   help="benchmark for the one-sided tests, repeatable (see `uxlab analyze --help`)")
    e.add_argument("--language", type=_language, default="en",
                   help="sheet names, headers and codebook in en (default), fr, ar, fa or ru")
    _import_options(e)

    r = sub.add_parser("report", help="write a self-contained HTML report (opens in a browser, prints)")
    r.add_argument("path", type=Path)
    r.add_argument("-o", "--output", type=Path, required=True, help="report.html")
    r.add_argument("--confidence", type=_confidence, default=0.95, help="0.90, 0.95 (default) or 0.99")
    r.add_argument("--by", metavar="COLUMN", help="compare groups by a participant column, e.g. group")
    r.add_argument("--benchmark", metavar="NAME=VALUE", action="append", default=[],
                   help="benchmark for the one-sided tests, repeatable (see `uxlab analyze --help`)")
    r.add_argument("--language", type=_language, default="en", help="en (default), fr, ar, fa or ru")
    _import_options(r)

    d = sub.add_parser("demo", help="write a demo study with simulated sessions")
    d.add_argument("folder", type=Path)
    d.add_argument("--participants", type=int, default=12)
    d.add_argument("--seed", type=int, default=7)

    t = sub.add_parser("selftest", help="measure key -> journaled -> shown latency through the window "
                                        "system on this machine (X11; uses Xvfb when there is no display)")
    t.add_argument("--keys", type=int, default=500, help="key presses to send (default 500)")
    t.add_argument("--participants", type=int, default=1000,
                   help="participants x 20 tasks held by the review view meanwhile (default 1000; 0 = none)")
    t.add_argument("--json", action="store_true", help="one JSON object")
    t.add_argument("--recording", action="store_true",
                   help="instead: record the screen while flashing numbered codes and measure the offset "
                        "between journal time and video time (p50 / p95 / max)")
    t.add_argument("--flashes", type=int, default=40, help="codes to flash with --recording (default 40)")

    v = sub.add_parser("validate", help="check a study folder or a results file; for a results file, "
                                        "print the column mapping understood and what would load")
    v.add_argument("path", type=Path)
    _import_options(v)

    from uxlab.cli_plan import add_plan_parser

    add_plan_parser(sub, _confidence)
    from uxlab.cli_media import add_media_parsers

    add_media_parsers(sub, _language)
    return p


# ----------------------------------------------------------------------------- commands
def _fmt(v: Any, pattern: str = "{:.0f}", scale: float = 1.0) -> str:
    return "-" if v is None else pattern.format(v * scale)


def _ci(ci: list[Any] | None, pattern: str = "{:.0f}", scale: float = 1.0) -> str:
    if not ci or ci[0] is None or ci[1] is None:
        return ""
    return f"[{pattern.format(ci[0] * scale)}-{pattern.format(ci[1] * scale)}]"


def _p(p: Any) -> str:
    """p as people read it: "p < 0.001", "p = 0.004" (never "p=0.000")."""
    if p is None:
        return "p = n/a"
    return "p < 0.001" if p < 0.001 else f"p = {p:.3f}"


def _spread(entry: dict[str, Any], ci: str) -> str:
    """The interval, or what is true when every value is the same."""
    return "(all equal)" if entry.get("no_variation") else ci


def _time_cell(ts: dict[str, Any]) -> str:
    """The headline time: geometric mean ("gm") below 25 times, median ("md") from 25."""
    if ts.get("headline") == "median":
        value, ci, tag = ts.get("median"), ts.get("median_ci"), "md"
    else:
        value, ci, tag = ts.get("geomean"), ts.get("ci"), "gm"
    if value is None:
        return f"{'-':>7}"
    return f"{_fmt(value, '{:.1f}'):>7} {tag} {_spread(ts, _ci(ci, '{:.0f}'))}"


def render_table(result: dict[str, Any], title: str) -> str:
    """The human-readable report of `uxlab analyze`."""
    conf = round(result["confidence"] * 100)
    if not result["tasks"]:  # a questionnaire-only study: no task table
        return _render_questionnaires(result, title, conf)
    lines = [title, f"{conf}% confidence intervals in brackets; times: gm = geometric mean "
             "(fewer than 25 successes), md = median (25 or more)", ""]
    width = max([4, *(len(str(t["task"])) for t in result["tasks"])])
    head = (f"{'task':<{width}} {'n':>3} {'done':>4}  {'completion':<17} "
            f"{'time (s, successes)':<30} {'SEQ':<14}")
    lines += [head, "-" * len(head)]
    for t in result["tasks"]:
        ts = t["time_success"]
        seq = t["seq"]
        lines.append(
            f"{t['task']:<{width}} {t['attempts']:>3} {t['successes']:>4}  "
            f"{_fmt(t['completion_rate'], '{:.0f}%', 100):>5} {_ci(t['completion_ci'], '{:.0f}', 100):<11} "
            f"{_time_cell(ts):<30} "
            f"{_fmt(seq['mean'], '{:.1f}'):>4} {_spread(seq, _ci(seq['ci'], '{:.1f}')):<9}"
        )
    lines.append("")
    return "\n".join(lines + _participant_lines(result))


def _render_questionnaires(result: dict[str, Any], title: str, conf: int) -> str:
    lines = [title, f"{conf}% confidence intervals in brackets; questionnaires only (no tasks)", ""]
    return "\n".join(lines + _participant_lines(result))


def _participant_lines(result: dict[str, Any]) -> list[str]:
    """Questionnaire scores, exclusions, comparison and benchmarks: under the task table, if any."""
    lines: list[str] = []
    sus = result["sus"]
    if sus["n"]:
        lines.append(
            f"SUS        n={sus['n']}  mean {_fmt(sus['mean'], '{:.1f}')} "
            f"{_spread(sus, _ci(sus['ci'], '{:.1f}'))}"
            f"  grade {sus['grade']}  percentile {_fmt(sus['percentile'])}  ({sus['adjective']})"
        )
    um = result["umux_lite"]
    if um["n"]:
        lines.append(f"UMUX-Lite  n={um['n']}  mean {_fmt(um['mean'], '{:.1f}')} {_ci(um['ci'], '{:.1f}')}"
                     f"  SUS-equivalent {_fmt(um['sus_equivalent'], '{:.1f}')}")
    nps = result["nps"]
    if nps["n"]:
        lines.append(f"NPS        n={nps['n']}  score {_fmt(nps['score'], '{:+.0f}')}  "
                     f"promoters {nps['promoters']}, passives {nps['passives']}, detractors {nps['detractors']}")
    if result.get("excluded"):
        lines.append("Excluded: " + ", ".join(f"{x['participant']} ({x.get('reason') or 'no reason'})"
                                               for x in result["excluded"]))
    comp = result.get("comparison")
    if comp:
        lines += ["", *render_comparison(comp)]
    for name in ("benchmarks",):
        block = result.get(name)
        if block:
            lines += ["", *render_benchmarks(block)]
    return lines


def render_comparison(comp: dict[str, Any]) -> list[str]:
    """The comparison section: design, then one plain reading per test."""
    groups = comp.get("groups") or []
    design = comp.get("design")
    head = f"Comparison by {comp.get('by', '')}: {' vs '.join(map(str, groups))}"
    if design:
        head += f" ({design}-subjects" + (f", {comp['pairs']} pairs" if comp.get("pairs") else "") + ")"
    lines = [head]
    if comp.get("left_out_note"):
        lines.append(f"  {comp['left_out_note']}")
    for t in comp.get("tasks") or []:
        for key in ("completion", "time_success", "seq"):
            e = t.get(key)
            if e and e.get("reading"):
                lines.append(f"  {t['task']}: {e['reading']}")
    for e in comp.get("seq") or []:
        if e.get("reading") and (e.get("n_a") or e.get("n_b") or e.get("pairs")):
            lines.append(f"  {e['task']}: {e['reading']}")
    many = "tests" in comp  # more than two groups (the list is empty in a questionnaire-only study)
    for key in ("participant_time", "sus", "umux_lite"):
        e = comp.get(key)
        if many:
            break
        if e and e.get("reading") and (e.get("n_a") or e.get("pairs")):
            lines.append(f"  {e['reading']}")
    for t in comp.get("tests") or []:  # more than two groups: omnibus, then Holm pairs
        for key in ("completion", "time_success", "seq"):
            e = t.get(key) or {}
            if e.get("p") is not None or e.get("no_variation"):
                lines.append(f"  {t['task']}: {e['reading']}")
                lines += [f"      {pair['reading']}" for pair in e.get("pairwise") or []]
    if many:
        for key in ("sus", "umux_lite"):
            e = comp.get(key) or {}
            if e.get("p") is not None:
                lines.append(f"  {e['reading']}")
                lines += [f"      {pair['reading']}" for pair in e.get("pairwise") or []]
    if comp.get("note"):
        lines.append(str(comp["note"]))
    return lines


def render_benchmarks(block: list[dict[str, Any]]) -> list[str]:
    lines = ["Benchmarks (one-sided tests)"]
    lines += [f"  {b['reading']}" for b in block if b.get("reading")]
    return lines


def _load(path: Path, args: argparse.Namespace | None = None) -> Any:
    from uxlab.analysis.tables import load_tables

    tables = load_tables(path, **_import_args(args))
    for note in tables.notices:
        print(f"uxlab: note: {note}", file=sys.stderr)
    for w in tables.warnings:
        print(f"uxlab: warning: {w}", file=sys.stderr)
    return tables


def _import_args(args: argparse.Namespace | None) -> dict[str, Any]:
    if args is None:
        return {}
    from uxlab.analysis.mapping import parse_map_args

    return {"mapping": parse_map_args(getattr(args, "map", None) or []) or None,
            "map_file": getattr(args, "map_file", None), "sheet": getattr(args, "sheet", None)}


def _findings(path: Path, confidence: float) -> Any:
    """A study folder's formative findings (problems, matrix, discovery); None for a results file."""
    folder = path.parent if path.name == "study.json" else path
    if not folder.is_dir():
        return None
    from uxlab.analysis.problems import load_findings

    return load_findings(folder, confidence)


def cmd_analyze(args: argparse.Namespace) -> int:
    from uxlab.analysis.benchmarks import parse_benchmark_args
    from uxlab.analysis.metrics import analyze

    benchmarks = parse_benchmark_args(args.benchmark)
    tables = _load(args.path, args)
    result = analyze(tables, confidence=args.confidence, by=args.by, benchmarks=benchmarks)
    for w in result.get("warnings") or []:
        print(f"uxlab: warning: {w}", file=sys.stderr)
    findings = _findings(args.path, args.confidence)
    if findings is not None:
        result["findings"] = findings.to_dict()
    if args.json:
        print(json.dumps(result, ensure_ascii=False, allow_nan=False, indent=2))
    else:
        print(render_table(result, tables.title))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from uxlab.analysis.metrics import analyze

    out: Path | None = args.output
    folder: Path | None = args.csv
    if out is None and folder is None:
        return _fail("nothing to write. Fix: give -o results.xlsx and/or --csv FOLDER")
    if out is not None and out.suffix.lower() != ".xlsx":
        return _fail(f"{out}: the output must end in .xlsx. Fix: e.g. -o results.xlsx")
    if out is not None and not out.parent.exists():
        return _fail(f"{out.parent} does not exist. Fix: create the folder or choose another path")
    if folder is not None and folder.exists() and not folder.is_dir():
        return _fail(f"{folder} is a file. Fix: --csv takes a folder, e.g. --csv results-csv")
    if folder is not None and not folder.parent.exists():
        return _fail(f"{folder.parent} does not exist. Fix: create the folder or choose another path")
    from uxlab.analysis.benchmarks import parse_benchmark_args

    benchmarks = parse_benchmark_args(args.benchmark)
    tables = _load(args.path, args)
    if out is not None:
        from uxlab.export.xlsx import export_xlsx

        result = analyze(tables, confidence=args.confidence, by=args.by, benchmarks=benchmarks)
        export_xlsx(tables, result, out, language=args.language,
                    findings=_findings(args.path, args.confidence))
        print(f"wrote {out}")
    if folder is not None:
        from uxlab.export.csv import export_csv

        paths = export_csv(tables, folder, language=args.language)
        print(f"wrote {len(paths)} CSV files to {folder}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from uxlab.export.html import write_report

    out: Path = args.output
    if out.suffix.lower() not in (".html", ".htm"):
        return _fail(f"{out}: the report must end in .html. Fix: e.g. -o report.html")
    if not out.parent.exists():
        return _fail(f"{out.parent} does not exist. Fix: create the folder or choose another path")
    from uxlab.analysis.benchmarks import parse_benchmark_args

    benchmarks = parse_benchmark_args(args.benchmark)
    tables = _load(args.path, args)
    write_report(tables, out, confidence=args.confidence, by=args.by, language=args.language,
                 benchmarks=benchmarks, findings=_findings(args.path, args.confidence))
    print(f"wrote {out}")
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from uxlab.demo import write_demo

    folder: Path = args.folder
    if (folder / "study.json").exists():
        return _fail(f"{folder} already holds a study. Fix: choose an empty or new folder")
    if not 1 <= args.participants <= 5000:
        return _fail(f"--participants {args.participants} is out of range. Fix: use 1 to 5000")
    write_demo(folder, participants=args.participants, seed=args.seed)
    print(f"wrote a demo study with {args.participants} sessions to {folder}")
    return 0


def cmd_validate(args: argparse.Namespace) -> int:
    from uxlab.analysis.model import ATTEMPTED_OUTCOMES
    from uxlab.analysis.tables import is_long_format

    lab_note = ""
    if args.path.is_file() and is_long_format(args.path):
        from uxlab.analysis.import_report import describe_import
        from uxlab.analysis.longformat import read_results
        from uxlab.core.notices import summarise_warnings

        tables, summary = read_results(args.path, **_import_args(args))
        tables.warnings = summarise_warnings(tables.warnings)
        print(describe_import(tables, summary))
    else:
        tables = _load(args.path, args)
        if Path(args.path).is_dir():  # the lab's own questionnaire wording (docs/questionnaires.md)
            from uxlab.storage.questionnaire_files import lab_wordings

            worded = lab_wordings(Path(args.path))
            if worded:
                lab_note = ", lab wording: " + ", ".join(
                    f"{qid} ({', '.join(sorted(w.file_languages))})" for qid, w in worded.items())
    n = len(tables.participants)
    outcome = tables.attempts["outcome"].astype(str).str.strip().str.lower()
    attempts = int(outcome.isin(ATTEMPTED_OUTCOMES).sum())  # skipped tasks are not attempts
    skipped = int((outcome == "skipped").sum())
    for w in tables.warnings:
        print(f"uxlab: warning: {w}", file=sys.stderr)
    print(f"{args.path}: OK: {len(tables.tasks)} tasks, {n} participants, {attempts} attempts"
          + (f", {skipped} skipped" if skipped else "")
          + (f", {len(tables.warnings)} warning(s) above" if tables.warnings else "") + lab_note)
    return 0


def cmd_gui(path: Path | None) -> int:
    try:
        from uxlab.gui.app import run_app
    except ImportError as exc:
        return _fail(f"the desktop app cannot start ({exc}). Fix: install uxlab with its Qt "
                     "dependencies (python3 make.py run) and, on Linux, the Qt system libraries")
    if path is None and not _has_recent_study():
        from uxlab.demo import demo_workspace

        path = demo_workspace(SHIPPED_DEMO)  # a newcomer starts on the demo, in their data folder
        print(f"uxlab: opening the demo study, copied to {path}", file=sys.stderr)
    return run_app(path)


SHIPPED_DEMO = Path(__file__).resolve().parents[1] / "sessions" / "food-delivery"


def _has_recent_study() -> bool:
    from uxlab.gui import settings
    from uxlab.gui.app import make_app

    make_app()  # settings need the application's name
    return bool(settings.recent_studies())


def cmd_selftest(args: argparse.Namespace) -> int:
    """The timing self-test (GUI layer: it drives the real console through the window system)."""
    if args.keys < 1 or args.participants < 0:
        return _fail("--keys must be at least 1 and --participants 0 or more")
    if not sys.platform.startswith("linux"):
        return _fail("the self-test sends keys through X11 and runs on Linux only for now")
    try:
        from uxlab.gui.selftest import SelftestError, run_selftest, under_xvfb
    except ImportError as exc:
        return _fail(f"the self-test needs the desktop app ({exc}). Fix: install uxlab with its Qt dependencies")
    if not os.environ.get("DISPLAY"):
        if os.environ.get("UXLAB_SELFTEST_CHILD"):
            return _fail("no X display even under Xvfb")
        print("uxlab: no display: running the self-test under a private Xvfb", file=sys.stderr)
        try:
            return under_xvfb([sys.executable, "-m", "uxlab", *sys.argv[1:]]) if sys.argv[1:] else \
                under_xvfb([sys.executable, "-m", "uxlab", "selftest"])
        except SelftestError as exc:
            return _fail(str(exc))
    if args.recording:
        return _recording_selftest(args)
    try:
        result = run_selftest(args.keys, args.participants,
                              progress=None if args.json else lambda text: print(text, file=sys.stderr))
    except SelftestError as exc:
        return _fail(str(exc))
    if args.json:
        print(json.dumps(result.summary(), indent=2))
    else:
        print(result.verdict())
    return 0 if result.summary()["pass"] else 1


def _recording_selftest(args: argparse.Namespace) -> int:
    from uxlab.gui.recording.sync_selftest import run_recording_selftest
    from uxlab.gui.selftest import SelftestError

    if not 1 <= args.flashes <= 4000:
        return _fail("--flashes must be from 1 to 4000")
    try:
        result = run_recording_selftest(args.flashes, progress=None if args.json else
                                        lambda text: print(text, file=sys.stderr))
    except SelftestError as exc:
        return _fail(str(exc))
    print(json.dumps(result.summary(), indent=2) if args.json else result.verdict())
    return 0 if result.summary()["pass"] else 1


def cmd_plan(args: argparse.Namespace) -> int:
    from uxlab.cli_plan import cmd_plan as run_plan

    return run_plan(args)


def cmd_clips(args: argparse.Namespace) -> int:
    from uxlab.cli_media import cmd_clips as run

    return run(args)


def cmd_media(args: argparse.Namespace) -> int:
    from uxlab.cli_media import cmd_media as run

    return run(args)


COMMANDS = {"analyze": cmd_analyze, "export": cmd_export, "report": cmd_report, "demo": cmd_demo,
            "validate": cmd_validate, "plan": cmd_plan, "selftest": cmd_selftest, "clips": cmd_clips,
            "media": cmd_media}


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    try:
        if not argv or argv == ["--demo"] or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
            if len(argv) > 1:
                return _fail(f"unexpected arguments {' '.join(argv[1:])}. Fix: `uxlab [STUDY]` "
                             "opens the app; see `uxlab --help` for commands")
            if argv == ["--demo"]:
                from uxlab.demo import demo_workspace

                return cmd_gui(demo_workspace(SHIPPED_DEMO))
            return cmd_gui(Path(argv[0]) if argv else None)
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:
            return int(exc.code or 0)
        if args.command is None:
            return cmd_gui(None)
        return COMMANDS[args.command](args)
    except UxlabError as exc:
        return _fail(exc.message)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return _fail(f"{where}{exc.strerror or exc}. Fix: check the path and its permissions")
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug: short message, full traceback to a log file
        from uxlab.storage.crash_log import write_crash_log

        try:
            log: Path | str = write_crash_log(traceback.format_exc())
        except OSError as exc:
            log = f"(could not write the log: {exc.strerror or exc})"
        print(f"uxlab: internal error; the details are in {log}. Please report it.", file=sys.stderr)
        return 1
