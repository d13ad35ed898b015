"""`trainer score`: scores text or stdin, prints quoted feedback or JSON, exit 2 on bad usage."""

from __future__ import annotations

import io
import json

import pytest

from trainer.cli import main


def test_score_prints_verdict_and_quoted_feedback(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["score", "--kind", "i_statement", "--original", "You never help.",
                 "I felt overwhelmed on Sunday night. Could you do the dishes after dinner?"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.splitlines()[0].startswith("Strong")
    assert "Found:" in out and "'overwhelmed'" in out


def test_score_json_from_stdin(capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("You ALWAYS do this!!!"))
    code = main(["score", "--kind", "soft_startup", "--json", "-"])
    data = json.loads(capsys.readouterr().out)
    assert code == 0
    assert data["verdict"] == "needs work"
    assert {flag["rule"] for flag in data["flags"]} >= {"exclaim", "absolute"}


def test_said_is_used_for_listening(capsys: pytest.CaptureFixture[str]) -> None:
    main(["score", "--kind", "reflective_listening", "--said", "I got the job!", "--json",
          "Congratulations! You got the job, you must be thrilled. How did they tell you?"])
    data = json.loads(capsys.readouterr().out)
    assert data["verdict"] == "strong"


def test_unknown_kind_exits_2_with_the_valid_kinds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["score", "--kind", "apology", "Sorry."])
    assert caught.value.code == 2
    err = capsys.readouterr().err
    assert "apology" in err and "i_statement" in err


def test_missing_text_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["score", "--kind", "repair"])
    assert caught.value.code == 2
