"""`uxlab clips ...` (highlight clips and problem reels) and `uxlab media delete ...` (a
participant's recordings removed on request). No Qt; ffmpeg runs as a separate program."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from uxlab.core.events import MARKER_KINDS


def _seconds(text: str) -> float:
    try:
        v = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number of seconds") from None
    if not 0 <= v <= 600:
        raise argparse.ArgumentTypeError(f"{text} s is out of range (0 to 600 seconds)")
    return v


def _size(text: str) -> tuple[int, int]:
    try:
        w, h = (int(x) for x in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a frame size (e.g. 1280x720)") from None
    if not (64 <= w <= 7680 and 64 <= h <= 4320) or w % 2 or h % 2:
        raise argparse.ArgumentTypeError(f"{text}: use even sizes from 64x64 to 7680x4320, e.g. 1280x720")
    return w, h


def add_media_parsers(sub: Any, language: Any) -> None:
    c = sub.add_parser("clips", help="cut highlight clips (MP4, the note as a caption) from a study's recordings")
    c.add_argument("path", type=Path, help="the study folder")
    c.add_argument("-o", "--output", type=Path, required=True, help="folder to write the clips to")
    c.add_argument("--marker", action="append", default=[], choices=MARKER_KINDS,
                   help="marker kind to clip, repeatable: critical, note, error, assist")
    c.add_argument("--observations", action="store_true", help="clip every problem observation")
    c.add_argument("--problem", action="append", default=[], metavar="ID",
                   help="one reel for this problem of problems.json (title card, then each of its "
                        "observations), repeatable")
    c.add_argument("--participant", action="append", default=[], metavar="ID",
                   help="only this participant, repeatable")
    c.add_argument("--before", type=_seconds, default=5.0, help="seconds before the event (default 5)")
    c.add_argument("--after", type=_seconds, default=10.0, help="seconds after the event (default 10)")
    c.add_argument("--size", type=_size, default=(1280, 720), help="frame size of the clips (default 1280x720)")
    c.add_argument("--language", type=language, default="en", help="caption language: en, fr, ar, fa, ru")

    m = sub.add_parser("media", help="a participant's recordings: delete them on request")
    ms = m.add_subparsers(dest="media", required=True, parser_class=type(m))
    d = ms.add_parser("delete", help="delete every recording of one participant (the journal is kept; "
                                     "the deletion is recorded in sessions/recordings.audit.jsonl)")
    d.add_argument("path", type=Path, help="the study folder")
    d.add_argument("participant", help="participant id, e.g. P07")
    d.add_argument("--reason", default="", help="why (e.g. 'participant's request of 2026-03-02')")
    d.add_argument("--by", default="", help="who deletes them")
    d.add_argument("--yes", action="store_true", help="do not ask for confirmation")


def _fail(message: str) -> int:
    print(f"uxlab: error: {message}", file=sys.stderr)
    return 2


def cmd_clips(args: argparse.Namespace) -> int:
    from uxlab.analysis.ffmpeg import ffmpeg_exe
    from uxlab.analysis.highlights import select_highlights
    from uxlab.export.clips import ClipSize, write_clips, write_reel
    from uxlab.storage.problems_file import load_problems
    from uxlab.storage.study_files import open_study

    if not args.marker and not args.observations and not args.problem:
        return _fail("nothing to clip. Fix: give --marker critical (or note, error, assist), "
                     "--observations, or --problem ID")
    out: Path = args.output
    if out.exists() and not out.is_dir():
        return _fail(f"{out} is a file. Fix: -o takes a folder, e.g. -o clips")
    if not out.parent.exists():
        return _fail(f"{out.parent} does not exist. Fix: create the folder or choose another path")
    if not (args.path / "study.json").is_file():
        return _fail(f"{args.path} is not a study folder (no study.json). Fix: give the study's folder")
    ffmpeg_exe()  # a clear error before any work when there is none
    loaded = open_study(args.path)
    for w in loaded.warnings:
        print(f"uxlab: warning: {w}", file=sys.stderr)
    size = ClipSize(*args.size)
    common = dict(participants=tuple(args.participant), before=args.before, after=args.after,
                  language=args.language)
    wrote = 0
    if args.marker or args.observations:
        hs = select_highlights(loaded, markers=tuple(args.marker), observations=args.observations, **common)
        results = write_clips(hs, out, size=size, language=args.language,
                              progress=lambda name: print(f"cutting {name}", file=sys.stderr))
        for r in results:
            h = r.highlight
            if r.path is None and h is not None:
                print(f"uxlab: no clip for {h.participant} event {h.seq} ({h.kind} "
                      f"'{h.text[:40]}'): {r.note}", file=sys.stderr)
        wrote += sum(1 for r in results if r.path is not None)
        print(f"wrote {sum(1 for r in results if r.path)} clip(s) and clips.csv to {out}"
              + (f"; {sum(1 for r in results if r.path is None)} highlight(s) had no recording"
                 if any(r.path is None for r in results) else ""))
    if args.problem:
        pl = load_problems(args.path)
        for pid in args.problem:
            problem = pl.get(pid)
            if problem is None:
                known = ", ".join(p.id for p in pl.problems[:10]) or "none yet"
                return _fail(f"{args.path / 'problems.json'}: no problem '{pid}'. Fix: use a "
                             f"problem id of the study's list ({known})")
            hs = select_highlights(loaded, problem=pid, problems=pl, **common)
            r = write_reel(problem, hs, out, size=size, language=args.language,
                           progress=lambda name: print(f"cutting {name}", file=sys.stderr))
            if r.path is None:
                print(f"uxlab: {r.note}", file=sys.stderr)
            else:
                wrote += 1
                print(f"wrote {r.path} ({sum(1 for h in hs if h.recorded)} of {len(hs)} "
                      "observation(s) recorded)")
    return 0


def cmd_media(args: argparse.Namespace) -> int:
    from uxlab.storage.recordings import delete_recordings, participant_files
    from uxlab.storage.study_files import journal_path

    if not (args.path / "study.json").is_file():
        return _fail(f"{args.path} is not a study folder (no study.json). Fix: give the study's folder")
    jp = journal_path(args.path, args.participant)
    files = participant_files(args.path, args.participant)
    if not args.yes:
        if not sys.stdin.isatty():
            return _fail("deleting recordings cannot be undone. Fix: add --yes to confirm")
        answer = input(f"Delete {len(files)} recording file(s) of {args.participant} for good? "
                       "The journal is kept. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing deleted")
            return 1
    result = delete_recordings(args.path, args.participant, reason=args.reason, by=args.by)
    total = sum(n for _, n in result.removed)
    print(f"deleted {len(result.removed)} recording file(s) of {args.participant} "
          f"({total / 1e6:.1f} MB); the deletion is recorded in sessions/recordings.audit.jsonl; "
          f"the journal {jp.name} is kept")
    for p, why in result.failed:
        print(f"uxlab: error: {p}: could not delete ({why}). Fix: close any program using it "
              "and run the command again", file=sys.stderr)
    return 2 if result.failed else 0
