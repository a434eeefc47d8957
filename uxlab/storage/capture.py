"""One media source recorded to one crash-safe file, in a process of its own.

``python -m uxlab.storage.capture SPEC_JSON`` opens an FFmpeg input through PyAV (the screen via
``x11grab``, a webcam via ``v4l2``, the microphone via ``alsa``, or a synthetic ``lavfi`` source
for tests), encodes it (H.264 / AAC) into Matroska and reports on stdout, one JSON object a line:

- ``{"event": "started", "mono_ns": N}``: the first frame is in; its capture moment on the
  machine's monotonic clock (``time.monotonic_ns``) is the file's time zero;
- ``{"event": "failed", "text": ...}``: the source could not start or stopped (no camera, disk
  full, codec missing); the process exits 1;
- ``{"event": "stopped", "frames": N, "seconds": S}``: a clean stop (``stop`` on stdin, or stdin
  closed because the app went away); the file is finished with its index.

Every frame keeps its own capture time: position in the file = capture moment - time zero, so an
event journaled at a session moment maps to the frame shown then (docs/recording.md). Matroska
clusters are closed every second and the file is fsync'd every two, so a kill -9 or a power cut
leaves a playable file up to a couple of seconds before it.

No Qt here: the console's process only reads these lines (uxlab/gui/recording/).
"""

from __future__ import annotations

import errno
import json
import os
import sys
import threading
import time
from fractions import Fraction
from typing import Any

FSYNC_EVERY_S = 2.0
CLUSTER_MS = 1000


def say(event: str, **data: Any) -> None:
    sys.stdout.write(json.dumps({"event": event, **data}) + "\n")
    sys.stdout.flush()


def describe(exc: BaseException) -> str:
    """A sentence the moderator can act on."""
    code = getattr(exc, "errno", None)
    if code == errno.ENOSPC:
        return "the disk is full"
    if code in (errno.ENOENT, errno.ENODEV, errno.ENXIO):
        return f"no such device or file ({getattr(exc, 'filename', '') or exc})"
    if code in (errno.EACCES, errno.EPERM):
        return f"permission denied ({getattr(exc, 'filename', '') or exc})"
    if code == errno.EBUSY:
        return "the device is in use by another program"
    text = str(exc) or type(exc).__name__
    return text.splitlines()[0][:300]


def _watch_stdin(stop: threading.Event) -> None:
    """``stop`` on stdin, or stdin closing (the app quit or was killed), ends the recording."""
    try:
        for line in sys.stdin:
            if line.strip() == "stop":
                break
    finally:
        stop.set()


class _Fsync:
    """fsync the file every few seconds (any descriptor of a file syncs its data on Linux)."""

    def __init__(self, path: str) -> None:
        self.fd = os.open(path, os.O_RDONLY)
        self.last = time.monotonic()
        try:  # the new file's name in its folder survives a power cut too
            dfd = os.open(os.path.dirname(path) or ".", os.O_RDONLY)
            try:
                os.fsync(dfd)
            finally:
                os.close(dfd)
        except OSError:
            pass

    def maybe(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self.last >= FSYNC_EVERY_S:
            os.fsync(self.fd)
            self.last = now

    def close(self) -> None:
        os.close(self.fd)


def _open_output(spec: dict[str, Any], in_stream: Any) -> tuple[Any, Any]:
    import av

    out = av.open(spec["out"], "w", format="matroska",
                  options={"cluster_time_limit": str(CLUSTER_MS), "flush_packets": "1"})
    if in_stream.type == "video":
        fps = int(spec.get("fps", 15))
        stream = out.add_stream(spec.get("codec", "libx264"), rate=fps, options={
            "preset": "ultrafast", "tune": "zerolatency", "crf": str(spec.get("crf", 30)),
            # a key frame every 5 s: seeking stays quick, a still screen costs little
            "g": str(5 * fps), "threads": str(spec.get("threads", 1))})
        width, height = in_stream.codec_context.width, in_stream.codec_context.height
        max_h = int(spec.get("max_height", 0) or 0)
        if max_h and height > max_h:
            width, height = round(width * max_h / height), max_h
        stream.width, stream.height = width - width % 2, height - height % 2
        stream.pix_fmt = "yuv420p"
        # frame times in milliseconds through the encoder too (at 1/fps they would be rounded
        # to the frame grid and two frames could share a time)
        stream.time_base = stream.codec_context.time_base = Fraction(1, 1000)
    else:
        stream = out.add_stream("aac", rate=48000, layout="mono")
        stream.bit_rate = 64_000
    return out, stream


def record(spec: dict[str, Any], stop: threading.Event) -> tuple[int, float]:
    """Record until ``stop`` is set. Returns (frames, seconds). Raises on failure."""
    import av
    from av.video.frame import PictureType

    inp = av.open(spec["file"], format=spec["format"], options=spec.get("options", {}))
    try:
        in_stream = (inp.streams.video or inp.streams.audio)[0]
        out, stream = _open_output(spec, in_stream)
        sync: _Fsync | None = None  # PyAV creates the file with the first packet
        paced = spec.get("clock") == "pace"  # synthetic: pts from 0, paced here to real time
        zero: int | None = None
        start_mono = time.monotonic_ns()
        last_ms = -1
        samples = 0
        frames = 0
        resampler = None if in_stream.type == "video" else av.AudioResampler(
            format="fltp", layout="mono", rate=48000)
        try:
            for packet in inp.demux(in_stream):
                if stop.is_set():
                    break
                for frame in packet.decode():
                    if frame.pts is None:
                        continue
                    t_ns = int(frame.pts * frame.time_base * 1_000_000_000)
                    if paced:
                        mono = start_mono + t_ns
                        delay = (mono - time.monotonic_ns()) / 1e9
                        if delay > 0:
                            time.sleep(delay)
                    else:  # device inputs stamp frames on the wall clock (av_gettime)
                        mono = t_ns - (time.time_ns() - time.monotonic_ns())
                    if zero is None:
                        zero = mono
                    if resampler is None:
                        ms = (mono - zero) // 1_000_000
                        if ms <= last_ms:
                            continue  # two frames in one millisecond: keep the first
                        last_ms = ms
                        v = frame.reformat(width=stream.width, height=stream.height, format="yuv420p")
                        v.pts, v.time_base = ms, stream.time_base
                        # a grabbed frame comes marked as a key frame: left so, x264 would make
                        # every frame one (ten times the size)
                        v.pict_type = PictureType.NONE
                        packets = stream.encode(v)
                    else:
                        packets = []
                        for a in resampler.resample(frame):
                            a.pts, a.time_base = samples, Fraction(1, 48000)
                            samples += a.samples
                            packets += stream.encode(a)
                    for p in packets:
                        out.mux(p)
                    if sync is None and os.path.exists(spec["out"]):
                        sync = _Fsync(spec["out"])
                    frames += 1
                    if frames == 1:
                        say("started", mono_ns=zero, width=getattr(stream, "width", 0),
                            height=getattr(stream, "height", 0))
                    if sync is not None:
                        sync.maybe()
            for p in stream.encode(None):
                out.mux(p)
        finally:
            try:
                out.close()
            finally:
                if sync is not None:
                    sync.maybe(force=True)
                    sync.close()
        seconds = 0.0 if zero is None else (time.monotonic_ns() - zero) / 1e9
        return frames, seconds
    finally:
        inp.close()


def _step_back(steps: int) -> None:
    """The console's keys come first: this process runs ``steps`` nice levels below the app.
    (Measured: at the lowest priority with the batch policy the grabs starve on a busy machine,
    frames are stamped before they are grabbed, and the sync test misses its target.)"""
    if hasattr(os, "nice"):
        os.nice(steps)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m uxlab.storage.capture SPEC_JSON", file=sys.stderr)
        return 2
    spec = json.loads(argv[1])
    _step_back(int(spec.get("nice", 10)))
    stop = threading.Event()
    threading.Thread(target=_watch_stdin, args=(stop,), daemon=True).start()
    try:
        frames, seconds = record(spec, stop)
    except Exception as exc:  # every failure becomes one line the console shows
        say("failed", text=describe(exc))
        return 1
    if frames == 0:
        say("failed", text="the source delivered no frame")
        return 1
    say("stopped", frames=frames, seconds=round(seconds, 3))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
