"""Moving through a session: which screen shows the current exercise, and where a session ends."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.screen import Screen

from trainer.practice.session import Session

if TYPE_CHECKING:
    from trainer.ui.app import TrainerApp


def screen_for(app: TrainerApp, session: Session) -> Screen[None]:
    """The screen for the session's current exercise, or the summary once it is over."""
    key = session.current
    if key is None:
        from trainer.ui.screens.summary import SummaryScreen

        return SummaryScreen(app.trainer.summary(session))
    _, exercise = app.trainer.exercise(key)
    if exercise.type == "choice":
        from trainer.ui.screens.choice import ChoiceScreen

        return ChoiceScreen(session, key)
    if exercise.type == "rewrite":
        from trainer.ui.screens.rewrite import RewriteScreen

        return RewriteScreen(session, key)
    if exercise.type == "classify":
        from trainer.ui.screens.classify import ClassifyScreen

        return ClassifyScreen(session, key)
    if exercise.type == "order":
        from trainer.ui.screens.order import OrderScreen

        return OrderScreen(session, key)
    if exercise.type == "reflect":
        from trainer.ui.screens.reflect import ReflectScreen

        return ReflectScreen(session, key)
    from trainer.ui.screens.pair import PairScreen

    return PairScreen(session, key)


def open_session(app: TrainerApp, session: Session) -> None:
    if not session.keys:
        app.notify(
            "There is nothing to practise there right now.", title=session.title, markup=False
        )
        return
    app.push_screen(screen_for(app, session))


def next_exercise(app: TrainerApp, session: Session) -> None:
    """Replace the current exercise screen with the next one (or the summary)."""
    session.advance()
    app.switch_screen(screen_for(app, session))


def leave_session(app: TrainerApp, session: Session) -> None:
    """Stop early: show the summary of what was answered, or go home if nothing was."""
    if session.results:
        from trainer.ui.screens.summary import SummaryScreen

        app.switch_screen(SummaryScreen(app.trainer.summary(session)))
    else:
        app.pop_screen()
