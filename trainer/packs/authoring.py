"""Helping people write packs: the JSON Schema text and the starter pack of `trainer new-pack`."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

from trainer.packs.models import json_schema

SCHEMA_FILE_NAME = "pack.schema.json"


def schema_text() -> str:
    """The JSON Schema as `trainer schema` prints it and exercises/pack.schema.json holds it."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def slugify(name: str) -> str:
    """A pack id from a name people type: 'Family Evenings' -> 'family-evenings'."""
    return re.sub(r"[^a-z0-9_]+", "-", name.lower()).strip("-_")[:80]


def starter_pack(pack_id: str, title: str, path: Path) -> str:
    """The commented starter pack, demonstrating every exercise type; it validates as written."""
    template = resources.files("trainer.packs").joinpath("starter.yaml").read_text("utf-8")
    safe_title = json.dumps(title, ensure_ascii=False)  # a JSON string is a valid YAML scalar
    return (
        template.replace("{{id}}", pack_id)
        .replace("{{title}}", safe_title)
        .replace("{{path}}", str(path))
    )
