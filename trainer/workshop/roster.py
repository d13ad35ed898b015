"""Who is in the room: parse a roster typed in the set-up screen or loaded from a text file.

One name a line. Teams are optional, either as a heading line ``Team: Blue`` that groups the names
below it, or inline as ``Name, Team``. Blank lines and lines starting with ``#`` are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

MAX_NAME = 40
MAX_PEOPLE = 200
MAX_FILE_BYTES = 256 * 1024

_TEAM_HEADING = re.compile(r"^\s*team\s*:\s*(.*)$", re.IGNORECASE)


class RosterError(ValueError):
    """A roster that cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class Participant:
    name: str
    team: str | None = None


@dataclass(frozen=True)
class Roster:
    participants: tuple[Participant, ...]

    @property
    def names(self) -> list[str]:
        return [p.name for p in self.participants]

    @property
    def teams(self) -> list[str]:
        """Team names in the order they first appear."""
        seen: list[str] = []
        for person in self.participants:
            if person.team and person.team not in seen:
                seen.append(person.team)
        return seen

    def members(self, team: str) -> list[str]:
        return [p.name for p in self.participants if p.team == team]

    def team_of(self, name: str) -> str | None:
        for person in self.participants:
            if person.name == name:
                return person.team
        return None

    def to_text(self) -> str:
        """The roster written back in the ``Name, Team`` form it can be parsed from."""
        return "\n".join(f"{p.name}, {p.team}" if p.team else p.name for p in self.participants)


def initials(name: str) -> str:
    """``Ana Lima`` -> ``A.L.``; one word gives its first letter."""
    parts = [part for part in re.split(r"[\s\-]+", name.strip()) if part]
    return "".join(f"{part[0].upper()}." for part in parts[:3]) or "?"


def _clean(value: str) -> str:
    return " ".join(value.split())


def parse_roster(text: str, *, source: str = "roster") -> Roster:
    """Parse roster text; raises RosterError naming the line for anything that cannot be used."""
    if "\x00" in text:
        raise RosterError(f"{source}: this looks like a binary file, not a list of names")
    people: list[Participant] = []
    first_line: dict[str, int] = {}
    team: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        heading = _TEAM_HEADING.match(line)
        if heading:
            team = _clean(heading.group(1)) or None
            if team is None:
                raise RosterError(f"{source}:{number}: 'Team:' needs a team name after it")
            continue
        name, comma, inline_team = line.partition(",")
        name = _clean(name)
        member_of = _clean(inline_team) if comma else team
        if comma and not member_of:
            raise RosterError(f"{source}:{number}: nothing after the comma; write 'Name, Team'")
        if not name:
            raise RosterError(f"{source}:{number}: a line with a team but no name")
        if "/" in name:
            raise RosterError(f"{source}:{number}: {name!r}: a name cannot contain '/'")
        if len(name) > MAX_NAME:
            raise RosterError(f"{source}:{number}: name longer than {MAX_NAME} characters")
        folded = name.casefold()
        if folded in first_line:
            raise RosterError(
                f"{source}:{number}: {name!r} is already on line {first_line[folded]}; "
                "names must be unique (add an initial, e.g. 'Sam K.')"
            )
        first_line[folded] = number
        people.append(Participant(name, member_of or None))
    if not people:
        raise RosterError(f"{source}: the roster is empty; write one name a line")
    if len(people) > MAX_PEOPLE:
        raise RosterError(f"{source}: {len(people)} names; a workshop takes at most {MAX_PEOPLE}")
    teamless = [p.name for p in people if p.team is None]
    if len(teamless) != len(people) and teamless:
        raise RosterError(
            f"{source}: {', '.join(teamless[:3])} "
            f"{'has' if len(teamless) == 1 else 'have'} no team; give everyone a team or no one"
        )
    return Roster(tuple(people))


def load_roster_file(path: Path) -> Roster:
    """Read a roster file; unreadable, binary or oversized files raise RosterError."""
    path = Path(path).expanduser()
    try:
        if path.is_dir():
            raise RosterError(f"{path}: is a folder; give the path of a text file of names")
        data = path.read_bytes()
    except FileNotFoundError:
        raise RosterError(f"{path}: no such file") from None
    except PermissionError:
        raise RosterError(f"{path}: cannot be read (permission denied)") from None
    except OSError as exc:
        raise RosterError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > MAX_FILE_BYTES:
        raise RosterError(f"{path}: too big for a roster ({len(data)} bytes)")
    if b"\x00" in data:
        raise RosterError(f"{path}: this looks like a binary file, not a list of names")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RosterError(f"{path}: is not UTF-8 text; save it as plain UTF-8 text") from None
    return parse_roster(text, source=str(path))
