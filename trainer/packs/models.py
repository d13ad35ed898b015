"""Pack format v1: the pydantic models behind every exercise pack and its JSON Schema.

A pack file is YAML with two top-level keys, ``pack`` (the header) and ``exercises``. Progress is
keyed by ``pack_id/exercise_id``, so ids are stable slugs and everything else may be edited freely.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_core import PydanticCustomError

from trainer.packs.vocab import Component, RewriteKind, Step

FORMAT_VERSION = 1

Slug = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9_-]*$",
        max_length=80,
        description="Lower-case letters, digits, '-' and '_'; "
        "stable, because progress is keyed by it.",
    ),
]
Text = Annotated[str, Field(min_length=1, description="Plain text; never parsed as markup.")]


class _Model(BaseModel):
    """Unknown fields are errors (with a did-you-mean from the validator), and models are frozen."""

    model_config = ConfigDict(extra="forbid", frozen=True, use_attribute_docstrings=True)


class PackHeader(_Model):
    """The ``pack:`` block at the top of every pack file."""

    id: Slug
    """Unique across all loaded packs; a later source with the same id replaces an earlier one."""
    title: Text
    component: Component
    """Which of the six components (or conflict, roadblocks, custom) the pack trains."""
    steps: list[Step] = Field(default_factory=list)
    """Which of the eight building steps the pack trains; exercises inherit them unless they say."""
    description: str = ""
    version: str = "1"
    author: str = ""
    licence: str = ""

    @field_validator("version", mode="before")
    @classmethod
    def _version_as_text(cls, value: Any) -> Any:
        # `version: 1.2` is a float to YAML; authors mean the text they typed.
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value


class ExerciseBase(_Model):
    """Fields every exercise type has."""

    id: Slug
    prompt: Text
    """The question or instruction shown first."""
    difficulty: int = Field(default=1, ge=1, le=3)
    tags: list[str] = Field(default_factory=list)
    steps: list[Step] = Field(default_factory=list)
    """Building steps this exercise trains; empty means the pack's steps."""
    explanation: str = ""
    """Shown after answering: why the answer is what it is."""
    source: str | None = None
    """A citation for the idea behind the exercise."""
    facilitator_notes: str | None = None
    """Only on the facilitator's screen in workshops."""
    discussion: list[str] = Field(default_factory=list)
    """Questions for a group after the reveal."""
    time_limit: int | None = Field(default=None, gt=0, le=3600)
    """Seconds for this exercise in a timed workshop round."""


class ChoiceOption(_Model):
    text: Text
    correct: bool = False
    feedback: Text
    """Shown when this option is chosen: why it helps or hurts."""


class ChoiceExercise(ExerciseBase):
    """A scenario with options; one or more are correct."""

    type: Literal["choice"]
    options: list[ChoiceOption] = Field(min_length=2, max_length=9)
    shuffle: bool = True

    @model_validator(mode="after")
    def _has_correct_option(self) -> ChoiceExercise:
        if not any(option.correct for option in self.options):
            raise PydanticCustomError(
                "no_correct_option", "a choice needs at least one option with 'correct: true'"
            )
        return self


class PhraseRule(_Model):
    """Plain phrases (never regexes: packs are untrusted input) and the coaching line they add."""

    phrases: list[Text] = Field(min_length=1)
    feedback: Text


class RewriteExercise(ExerciseBase):
    """Turn a hurtful or weak line into a skilful one; scored by the rewrite coach."""

    type: Literal["rewrite"]
    kind: RewriteKind
    original: Text
    """The line to rewrite."""
    said: str = ""
    """What the other person said, for validation and listening kinds."""
    model_answers: list[Text] = Field(min_length=2)
    hints: list[Text] = Field(default_factory=list)
    require_any: list[PhraseRule] = Field(default_factory=list)
    """Each rule is met when any one of its phrases appears; its feedback shows when none does."""
    avoid: list[PhraseRule] = Field(default_factory=list)
    """Each rule is broken when any of its phrases appears; its feedback shows as a flag."""


class ClassifyItem(_Model):
    text: Text
    category: Text
    why: Text


class ClassifyExercise(ExerciseBase):
    """Sort items into declared categories (e.g. the Four Horsemen and their antidotes)."""

    type: Literal["classify"]
    categories: list[Text] = Field(min_length=2, max_length=9)
    items: list[ClassifyItem] = Field(min_length=2)

    @model_validator(mode="after")
    def _categories_declared(self) -> ClassifyExercise:
        undeclared = sorted({item.category for item in self.items} - set(self.categories))
        if undeclared:
            raise PydanticCustomError(
                "undeclared_category",
                "items use categories not declared in 'categories': {undeclared}",
                {"undeclared": ", ".join(undeclared)},
            )
        return self


class OrderItem(_Model):
    text: Text
    why: str = ""


class OrderExercise(ExerciseBase):
    """Put steps in the right order; written here in the right order, shown shuffled."""

    type: Literal["order"]
    items: list[OrderItem] = Field(min_length=3, max_length=12)

    @field_validator("items", mode="before")
    @classmethod
    def _plain_strings_allowed(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"text": item} if isinstance(item, str) else item for item in value]
        return value


class ReflectExercise(ExerciseBase):
    """A private journaling prompt; never scored, kept in the journal."""

    type: Literal["reflect"]
    follow_ups: list[Text] = Field(default_factory=list)


class PairExercise(ExerciseBase):
    """A prompt for two people taking turns; depth rises from light (1) to personal (3)."""

    type: Literal["pair"]
    depth: int = Field(default=1, ge=1, le=3)
    follow_ups: list[Text] = Field(default_factory=list)


Exercise = Annotated[
    Union[
        ChoiceExercise,
        RewriteExercise,
        ClassifyExercise,
        OrderExercise,
        ReflectExercise,
        PairExercise,
    ],
    Field(discriminator="type"),
]


class Pack(_Model):
    """One pack file."""

    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        use_attribute_docstrings=True,
        json_schema_extra={
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "intimacy-trainer exercise pack (format v1)",
        },
    )

    pack: PackHeader
    exercises: list[Exercise] = Field(min_length=1)

    @model_validator(mode="after")
    def _exercise_ids_unique(self) -> Pack:
        seen: set[str] = set()
        duplicates: set[str] = set()
        for exercise in self.exercises:
            (duplicates if exercise.id in seen else seen).add(exercise.id)
        if duplicates:
            raise PydanticCustomError(
                "duplicate_id",
                "exercise ids must be unique within a pack: {duplicates}",
                {"duplicates": ", ".join(sorted(duplicates))},
            )
        return self

    def key(self, exercise: ExerciseBase) -> str:
        """The progress key of one of this pack's exercises."""
        return f"{self.pack.id}/{exercise.id}"

    def steps_of(self, exercise: ExerciseBase) -> list[str]:
        """The building steps an exercise trains: its own, else the pack's."""
        return list(exercise.steps or self.pack.steps)


def json_schema() -> dict[str, Any]:
    """The JSON Schema editors use to complete and check pack files."""
    return Pack.model_json_schema()
