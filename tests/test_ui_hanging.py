"""Hanging indents: wrapped lines continue under the text after their bullet, not under it."""

from __future__ import annotations

import io

from rich.console import Console
from rich.text import Text

from trainer.ui.widgets.hanging import Hanging


def lines(text: str, width: int) -> list[str]:
    console = Console(width=width, record=True, file=io.StringIO())
    console.print(Hanging(Text(text)))
    return [line.rstrip() for line in console.export_text().splitlines()]


def test_wrapped_lines_continue_under_the_text_after_the_marker() -> None:
    got = lines(
        "  ✓ Gentle opening: [bold]I love living with you[/bold]\n"
        "12. Greet each other properly with a real hello\n"
        "[x] 3. Listen fully and smile at the familiar parts\n"
        "Why: no marker here, so this wraps at the left edge",
        30,
    )
    assert got == [
        "  ✓ Gentle opening: [bold]I",
        "    love living with",
        "    you[/bold]",
        "12. Greet each other properly",
        "    with a real hello",
        "[x] 3. Listen fully and smile",
        "       at the familiar parts",
        "Why: no marker here, so this",
        "wraps at the left edge",
    ]


def test_blank_lines_and_line_count_are_kept() -> None:
    assert lines("Right!\n\n• one\n", 20) == ["Right!", "", "• one", ""]


def test_a_marker_wider_than_a_third_of_the_width_wraps_as_usual() -> None:
    assert lines("            • indented far", 15) == ["            •", "indented far"]
