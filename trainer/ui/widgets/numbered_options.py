"""An option list whose options are numbered 1-9, so each is one key away; text shown literally."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.binding import Binding
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from trainer.ui.widgets.hanging import Hanging


class NumberedOptions(OptionList):
    """Options prefixed ``1.``, ``2.``...; screens bind the number keys (``number_bindings``)."""

    def __init__(
        self,
        texts: Sequence[str],
        *,
        marks: Sequence[str] | None = None,
        id: str | None = None,  # noqa: A002
    ) -> None:
        self._texts = list(texts)
        super().__init__(*self._build(marks), id=id, markup=False)

    def _build(self, marks: Sequence[str] | None) -> list[Option]:
        options = []
        for number, text in enumerate(self._texts, start=1):
            mark = marks[number - 1] if marks else ""
            prompt = Text.assemble((f"{mark}{number}. ", "bold"), text)
            # Wrapped lines continue under the option's text, not under its number.
            options.append(Option(Hanging(prompt), id=str(number - 1)))
        return options

    def replace_texts(self, texts: Sequence[str]) -> None:
        """Show new texts (e.g. after reordering), keeping the highlight where it was."""
        self._texts = list(texts)
        self.set_marks([""] * len(self._texts))

    def set_marks(self, marks: Sequence[str]) -> None:
        """Redraw with a mark before each option (e.g. ✓ / ✗ / selected)."""
        highlighted = self.highlighted
        self.clear_options()
        self.add_options(self._build(marks))
        self.highlighted = highlighted


def number_bindings(action: str, what: str) -> list[Binding]:
    """Hidden bindings ``1``..``9`` -> ``action(0)``..``action(8)``; ``1-9`` shown once."""
    return [
        Binding(
            str(n),
            f"{action}({n - 1})",
            what,
            show=n == 1,
            key_display="1-9" if n == 1 else None,
            id=f"{action}.{n}",
            tooltip=f"{what}: press the number shown beside it",
        )
        for n in range(1, 10)
    ]
