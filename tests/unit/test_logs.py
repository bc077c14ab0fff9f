"""Logging: journald-friendly lines or JSON, with secrets redacted."""

from __future__ import annotations

import json
import logging

import pytest

from followup.logs import redact, setup_logging


@pytest.mark.parametrize(
    ("line", "secret"),
    [
        ("login failed password=hunter2 user=ana", "hunter2"),
        ("token: abcdef123456 for request", "abcdef123456"),
        ("AUTH PLAIN AGFuYQBodW50ZXIy", "AGFuYQBodW50ZXIy"),
        ("a01 LOGIN ana s3cr3t", "s3cr3t"),
    ],
)
def test_secrets_are_redacted(line: str, secret: str) -> None:
    assert secret not in redact(line) and "***" in redact(line)


def test_json_format_is_one_object_per_line_and_redacted(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("json", logging.INFO)
    try:
        logging.getLogger("followup.test").warning("send failed followup=%s password=%s", 7, "hunter2")
    finally:
        setup_logging("text", logging.WARNING)
    (line,) = [x for x in capsys.readouterr().err.splitlines() if x.strip()]
    data = json.loads(line)
    assert data["level"] == "warning" and data["logger"] == "followup.test"
    assert "followup=7" in data["message"] and "hunter2" not in data["message"]


def test_text_format_has_level_and_logger(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("text", logging.INFO)
    try:
        logging.getLogger("followup.test").info("polled folder=%s", "INBOX")
    finally:
        setup_logging("text", logging.WARNING)
    assert "INFO followup.test: polled folder=INBOX" in capsys.readouterr().err


def test_imapclient_logouts_are_not_reported_at_info(capsys: pytest.CaptureFixture[str]) -> None:
    setup_logging("text", logging.INFO)
    try:
        logging.getLogger("imapclient.imapclient").info("Connection closed")
        logging.getLogger("imapclient.imapclient").warning("server said something odd")
    finally:
        setup_logging("text", logging.WARNING)
    err = capsys.readouterr().err
    assert "Connection closed" not in err and "server said something odd" in err
