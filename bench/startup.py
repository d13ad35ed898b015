"""Time from process start to first frame: `trainer` against a bare Textual app, in real ptys.

    python bench/startup.py [--rounds N] [--size 80x24] [--trainer CMD]

Each round starts both programs one after the other (alternating which goes first, so neither
always gets the warmer cache) in a fresh pseudo-terminal of the given size, reads what they write,
and stops the clock when the first frame's text is on the screen: the bare app's one Static, and
the trainer home screen's footer. Escape sequences are stripped before looking, so a marker split
by colour codes is still found. Prints the medians and the ratio against the target (1.25x).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import pty
import re
import select
import shutil
import signal
import statistics
import struct
import sys
import tempfile
import termios
import time
from pathlib import Path

TARGET_RATIO = 1.25
TIMEOUT_S = 30.0
WARM_UP_LINGER_S = 1.5
BARE_MARKER = "bare textual app ready"
TRAINER_MARKERS = ("Quick practice", "Review due")
"""Text the home screen's first frame shows (its footer keys and start buttons)."""

BARE_APP = f'''
from textual.app import App, ComposeResult
from textual.widgets import Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("{BARE_MARKER}")


Bare().run()
'''

ANSI = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1bP[^\x1b]*\x1b\\"  # DCS
    rb"|\x1b[@-Z\\-_]"  # two-byte escapes
)


def first_frame_seconds(
    argv: list[str],
    markers: tuple[str, ...],
    size: tuple[int, int],
    env: dict[str, str],
    linger: float = 0.0,
) -> float:
    """Seconds from fork to the first time any marker is on screen; the process is then ended
    (``linger`` seconds later, reading what it writes meanwhile)."""
    columns, rows = size
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:  # the child: a real terminal of the given size
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        try:
            os.execvpe(argv[0], argv, env)
        finally:
            os._exit(127)
    wanted = [marker.encode() for marker in markers]
    seen = b""
    try:
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        while True:
            left = TIMEOUT_S - (time.perf_counter() - start)
            if left <= 0:
                raise TimeoutError(f"no first frame from {' '.join(argv)} in {TIMEOUT_S:.0f} s")
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                command = " ".join(argv)
                raise RuntimeError(f"{command} ended before its first frame:\n{seen[-2000:]!r}")
            seen += chunk
            plain = ANSI.sub(b"", seen)
            if any(marker in plain for marker in wanted):
                seconds = time.perf_counter() - start
                _drain(fd, linger)
                return seconds
    finally:
        _stop(pid, fd)


def _drain(fd: int, seconds: float) -> None:
    deadline = time.perf_counter() + seconds
    while (left := deadline - time.perf_counter()) > 0:
        try:
            if select.select([fd], [], [], left)[0] and not os.read(fd, 65536):
                return
        except OSError:
            return


def _stop(pid: int, fd: int) -> None:
    for sig in (signal.SIGTERM, signal.SIGKILL):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            break
        deadline = time.monotonic() + 2
        while time.monotonic() < deadline:
            try:
                # Keep draining so a child blocked on a full pty can see the signal.
                while select.select([fd], [], [], 0)[0] and os.read(fd, 65536):
                    pass
            except OSError:
                pass
            done, _ = os.waitpid(pid, os.WNOHANG)
            if done:
                os.close(fd)
                return
            time.sleep(0.01)
    try:
        os.waitpid(pid, 0)
    except ChildProcessError:
        pass
    os.close(fd)


def trainer_command(python: str) -> list[str]:
    """The installed `trainer` script beside this Python, else `python -m trainer.cli`."""
    script = Path(python).with_name("trainer")
    if script.exists():
        return [str(script)]
    found = shutil.which("trainer")
    return [found] if found else [python, "-m", "trainer.cli"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=10, help="runs of each program (default 10)")
    parser.add_argument("--size", default="80x24", help="terminal COLUMNSxROWS (default 80x24)")
    parser.add_argument("--trainer", help="command to start the trainer (default: `trainer`)")
    args = parser.parse_args(argv)
    try:
        columns, rows = (int(n) for n in args.size.lower().split("x"))
    except ValueError:
        parser.error(f"--size must look like 80x24, not {args.size!r}")
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")

    python = sys.executable
    trainer = args.trainer.split() if args.trainer else trainer_command(python)
    with tempfile.TemporaryDirectory(prefix="trainer-startup-") as tmp:
        bare_path = Path(tmp) / "bare_app.py"
        bare_path.write_text(BARE_APP, encoding="utf-8")
        env = dict(os.environ)
        env.update(
            TERM="xterm-256color",
            COLUMNS=str(columns),
            LINES=str(rows),
            TRAINER_DATA_DIR=str(Path(tmp) / "data"),
        )
        env.pop("TRAINER_CONFIG_DIR", None)
        env.pop("TEXTUAL", None)
        # As after any install, the trainer's modules run from cached bytecode: with
        # PYTHONDONTWRITEBYTECODE inherited (some shells and CI set it), every start would compile
        # the trainer from source while Textual, installed with its .pyc files, would not.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        programs = {
            "bare": ([python, str(bare_path)], (BARE_MARKER,)),
            "trainer": (trainer, TRAINER_MARKERS),
        }
        # One unrecorded run each: the first run compiles bytecode and warms the disk cache. It
        # stays open a moment, as any real first start does, so what a program caches right
        # after its first frame (the trainer: its parsed CSS) is there for the timed runs.
        for command, markers in programs.values():
            first_frame_seconds(command, markers, (columns, rows), env, linger=WARM_UP_LINGER_S)
        times: dict[str, list[float]] = {name: [] for name in programs}
        for index in range(args.rounds):
            order = list(programs) if index % 2 == 0 else list(reversed(programs))
            for name in order:
                command, markers = programs[name]
                times[name].append(first_frame_seconds(command, markers, (columns, rows), env))

    bare = statistics.median(times["bare"])
    ours = statistics.median(times["trainer"])
    ratio = ours / bare
    print(f"startup to first frame, {args.rounds} rounds each, {columns}x{rows} pty")
    for name, values in times.items():
        print(
            f"  {name:8} median {statistics.median(values) * 1000:7.1f} ms"
            f"   min {min(values) * 1000:7.1f}   max {max(values) * 1000:7.1f}"
        )
    verdict = "within" if ratio <= TARGET_RATIO else "OVER"
    print(f"  ratio trainer/bare {ratio:.2f}x ({verdict} the {TARGET_RATIO:.2f}x target)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
