"""Caller mistakes in logging, webhooks, batch, downloads, enums and model fields give a clear
:class:`didww.ClientError` (never a raw ``TypeError``/``ValueError``/``AttributeError``), leave
nothing half-done and never show a secret; an empty callback status and an empty enum value
from the API still decode; CLI CSV cells cannot run as spreadsheet formulas.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import csv
import functools
import gc
import gzip
import io
import logging
import pickle
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import didww
from didww import enums, webhooks
from didww._download import BodyDecoder
from didww._logging import configure_from_environment
from didww.cli._output import csv_cell, write_list
from didww.cli._records import Column, Record
from tests.files.server import FileServer
from tests.support import decode_models
from tests.transport.support import KINDS, run

SECRET = "cb-secret-7f3a9e1d"
URL = "https://example.com/didww/callbacks?account=7"


# --- enable_logging and DIDWW_LOG --------------------------------------------------------------


@pytest.fixture
def didww_logger() -> Iterator[logging.Logger]:
    """The ``didww`` logger, put back as it was (level and handlers) after the test."""
    logger = logging.getLogger("didww")
    level, handlers = logger.level, list(logger.handlers)
    yield logger
    logger.setLevel(level)
    logger.handlers[:] = handlers


@contextlib.contextmanager
def root_handlers(*handlers: logging.Handler) -> Iterator[None]:
    """The root logger with only ``handlers`` meanwhile: none, as in a program that has not set
    up logging, while pytest's own (added for each test's run) are put aside."""
    root = logging.getLogger()
    saved = list(root.handlers)
    root.handlers[:] = list(handlers)
    try:
        yield
    finally:
        root.handlers[:] = saved


@pytest.mark.parametrize("level", ["verbose", None, True, 2.5, "", "Level 10"])
def test_enable_logging_refuses_an_unknown_level_and_changes_nothing(
    didww_logger: logging.Logger, level: Any
) -> None:
    before = (didww_logger.level, list(didww_logger.handlers))
    with pytest.raises(didww.ClientError, match="unknown log level") as caught:
        didww.enable_logging(level)
    assert "'debug', 'info', 'warning', 'error', 'critical'" in caught.value.message
    assert (didww_logger.level, didww_logger.handlers) == before


@pytest.mark.parametrize(
    ("level", "numeric"), [("debug", 10), (" INFO ", 20), ("Warning", 30), (40, 40), ("15", 15)]
)
def test_enable_logging_takes_names_in_any_case_and_numbers(
    didww_logger: logging.Logger, level: Any, numeric: int
) -> None:
    with root_handlers():
        didww.enable_logging(level)
        assert didww_logger.level == numeric
        didww.enable_logging(level)  # a second call adds no second handler
    assert sum(getattr(h, "_didww", False) for h in didww_logger.handlers) == 1


def test_enable_logging_uses_the_program_s_handlers_once_it_has_set_up_logging(
    didww_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    # Printed once, through the program's handler: the SDK's own handler would print it again.
    stream = io.StringIO()
    with root_handlers(logging.StreamHandler(stream)):
        didww.enable_logging("debug")
        logging.getLogger("didww.test").debug("one line")
    assert stream.getvalue() == "one line\n"
    assert "one line" not in capsys.readouterr().err


@pytest.mark.parametrize(
    "handler",
    [logging.NullHandler(), logging.StreamHandler(io.StringIO())],
    ids=["a NullHandler", "a handler set to WARNING"],
)
def test_root_handlers_that_print_nothing_of_a_record_leave_didww_log_printing(
    didww_logger: logging.Logger, capsys: pytest.CaptureFixture[str], handler: logging.Handler
) -> None:
    # A library's NullHandler on the root, or a program logging only its warnings: DIDWW_LOG
    # asked for the SDK's info lines, and nothing else prints them.
    if not isinstance(handler, logging.NullHandler):
        handler.setLevel(logging.WARNING)
    with root_handlers(handler):
        didww.enable_logging("info")
        logging.getLogger("didww.test").info("an info line")
        logging.getLogger("didww.test").warning("a warning")
    printed = capsys.readouterr().err
    assert "didww.test INFO an info line" in printed
    if isinstance(handler, logging.NullHandler):
        assert "didww.test WARNING a warning" in printed
    else:  # the program's handler prints the warning: the SDK's does not print it again
        assert "a warning" not in printed


def test_logging_set_up_after_enable_logging_prints_each_line_once(
    didww_logger: logging.Logger, capsys: pytest.CaptureFixture[str]
) -> None:
    # DIDWW_LOG is read at `import didww`, before the program's logging.basicConfig().
    stream = io.StringIO()
    with root_handlers():
        didww.enable_logging("debug")
        logging.getLogger("didww.test").debug("before")
        logging.getLogger().addHandler(logging.StreamHandler(stream))
        logging.getLogger("didww.test").debug("after")
    assert stream.getvalue() == "after\n"
    printed = capsys.readouterr().err
    assert "didww.test DEBUG before" in printed and "after" not in printed


def test_a_bad_didww_log_warns_and_leaves_logging_off(
    didww_logger: logging.Logger, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DIDWW_LOG", "verbose")
    before = (didww_logger.level, list(didww_logger.handlers))
    with pytest.warns(UserWarning, match=r"ignoring DIDWW_LOG='verbose'.*'debug'"):
        configure_from_environment()
    assert (didww_logger.level, didww_logger.handlers) == before

    monkeypatch.setenv("DIDWW_LOG", "info")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        configure_from_environment()
    assert didww_logger.level == logging.INFO


# --- webhooks ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("secret", "message"),
    [(None, "got NoneType"), (b"raw-bytes-secret", "got bytes"), ("", "got ''"), (7, "got int")],
)
def test_request_validator_refuses_a_secret_that_is_not_a_non_empty_str(
    secret: Any, message: str
) -> None:
    with pytest.raises(didww.ClientError, match=message) as caught:
        didww.RequestValidator(secret)
    assert "raw-bytes-secret" not in str(caught.value)


def test_request_validator_never_shows_its_secret() -> None:
    validator = didww.RequestValidator(SECRET)
    assert SECRET not in repr(validator) and "[FILTERED]" in repr(validator)


@pytest.mark.parametrize(
    "url",
    [
        "https://user:pw-hidden@example.com:abc/cb",  # a port that is not a number
        "https://user:pw-hidden@example.com:70000/cb",  # out of range
        "https://user:pw-hidden@[::1/cb",  # an unclosed IPv6 host
    ],
)
def test_a_url_that_does_not_parse(url: str) -> None:
    payload = {"id": "o1", "type": "orders", "status": "completed"}
    validator = didww.RequestValidator(SECRET)
    with pytest.raises(didww.ClientError, match="does not parse") as caught:
        validator.signature(url, payload)
    assert "pw-hidden" not in str(caught.value)  # the userinfo may hold a password
    with pytest.raises(didww.ClientError, match="does not parse"):
        webhooks.normalize_url(url)
    # Built from the request's Host header: the request is bad, not the caller.
    assert validator.validate(url, payload, "0" * 40) is False
    with pytest.raises(didww.InvalidSignatureError):
        webhooks.parse(payload, url=url, signature="0" * 40, secret=SECRET)


def test_payload_keys_must_be_str() -> None:
    validator = didww.RequestValidator(SECRET)
    for payload in ({1: "a", "id": "x"}, {b"id": "x"}):
        with pytest.raises(didww.ClientError, match=r"keys must be str, got (an int|a bytes) key"):
            validator.signature(URL, payload)  # type: ignore[arg-type]
        with pytest.raises(didww.ClientError, match="keys must be str"):
            validator.validate(URL, payload, "0" * 40)  # type: ignore[arg-type]
        with pytest.raises(didww.ClientError, match="keys must be str"):
            webhooks.parse(payload, url=URL, signature="0" * 40, secret=SECRET)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match="must be a mapping, got list"):
        validator.signature(URL, [("id", "x")])  # type: ignore[arg-type]


def test_a_url_that_is_not_a_str_is_the_callers_mistake() -> None:
    validator = didww.RequestValidator(SECRET)
    payload = {"id": "o1", "type": "orders", "status": "completed"}
    with pytest.raises(didww.ClientError, match="url must be a str, got NoneType"):
        webhooks.normalize_url(None)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match="url must be a str, got bytes"):
        validator.signature(URL.encode(), payload)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match="url must be a str"):
        validator.validate(None, payload, "0" * 40)  # type: ignore[arg-type]
    with pytest.raises(didww.ClientError, match="url must be a str"):
        webhooks.parse(payload, url=None, signature="0" * 40, secret=SECRET)  # type: ignore[arg-type]


def test_text_with_a_lone_surrogate_is_refused_or_does_not_match() -> None:
    validator = didww.RequestValidator(SECRET)
    payload = {"id": "o1", "type": "orders", "status": "\udcff"}
    with pytest.raises(didww.ClientError, match="not valid text"):
        validator.signature(URL, payload)
    assert validator.validate(URL, payload, "0" * 40) is False
    with pytest.raises(didww.ClientError, match="not valid text"):
        didww.RequestValidator("\udcff")


@pytest.mark.parametrize("data", [None, 5, ["id=1"], {"id": "1"}])
def test_form_payload_takes_bytes_or_str_only(data: Any) -> None:
    with pytest.raises(didww.ClientError, match=f"bytes or str, got {type(data).__name__}"):
        webhooks.form_payload(data)


def test_form_payload_takes_any_bytes_like_body() -> None:
    body = b"id=a1&type=orders&status="
    expected = {"id": "a1", "type": "orders", "status": ""}
    # Documented to take any bytes-like body, as its signature says.
    assert webhooks.form_payload(bytearray(body)) == expected
    assert webhooks.form_payload(memoryview(body)) == expected


def signed(payload: dict[str, str]) -> didww.CallbackEvent:
    signature = didww.RequestValidator(SECRET).signature(URL, payload)
    return webhooks.parse(payload, url=URL, signature=signature, secret=SECRET)


@pytest.mark.parametrize(
    "type_",
    ["orders", "exports", "address_verifications", "emergency_verifications", "voice_out_trunks"],
)
def test_an_empty_status_reads_as_a_missing_one(type_: str) -> None:
    empty = signed({"id": "r1", "type": type_, "status": ""})
    missing = signed({"id": "r1", "type": type_})
    for event in (empty, missing):
        assert type(event) is didww.GenericCallback
        assert (event.id, event.type, event.status) == ("r1", type_, None)
    assert empty.payload["status"] == ""  # what DIDWW sent is kept as it came


# --- enums -------------------------------------------------------------------------------------


def test_unchecked_refuses_an_empty_value() -> None:
    with pytest.raises(didww.ClientError, match=r"CliFormat.unchecked\(\) takes a wire value"):
        enums.CliFormat.unchecked("")
    assert enums.CliFormat.unchecked("e164") is enums.CliFormat.E164
    newer = enums.CliFormat.unchecked("e.164-new")
    assert newer == "e.164-new" and not newer.is_known


def test_an_empty_enum_value_from_the_api_fails_its_read() -> None:
    # No member and no value: not an open member either (unchecked() takes no empty value).
    order = decode_models({"type": "orders", "id": "1", "attributes": {"status": ""}})
    with pytest.raises(didww.DecodeError, match=r"Order\.status: the answer holds ''"):
        _ = order.status
    requirement = decode_models(
        {
            "type": "address_requirements",
            "id": "1",
            "attributes": {"personal_mandatory_fields": ["", "birth_date"]},
        }
    )
    with pytest.raises(didww.DecodeError, match="personal_mandatory_fields"):
        _ = requirement.personal_mandatory_fields
    assert isinstance(enums.IdentityField("birth_date"), enums.IdentityField)


# --- model fields ------------------------------------------------------------------------------


def test_deleting_an_attribute_is_refused_and_changes_nothing() -> None:
    did = decode_models(
        {"type": "dids", "id": "d1", "attributes": {"description": "x", "number": "1555"}}
    )
    with pytest.raises(didww.ClientError, match=r"DID.description cannot be deleted: assign None"):
        del did.description
    with pytest.raises(didww.ClientError, match=r"DID.number cannot be deleted: it is read-only"):
        del did.number
    assert (did.description, did.number) == ("x", "1555")
    assert did._dirty_attribute_names() == []
    local = didww.DID(description="y")
    with pytest.raises(didww.ClientError, match="cannot be deleted"):
        del local.description
    assert local.description == "y"
    # One the API takes no null for is not told to send null instead.
    trunk = didww.VoiceInTrunk(configuration=didww.SIPConfiguration(host="pbx"))
    with pytest.raises(
        didww.ClientError,
        match=r"^VoiceInTrunk\.configuration cannot be deleted: the API takes no null for it ",
    ):
        del trunk.configuration


# --- batch -------------------------------------------------------------------------------------


async def _async_identity(item: object) -> object:
    return item


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("fn", [None, 42, "dids.find"])
def test_batch_refuses_an_fn_that_cannot_be_called(kind: str, fn: Any) -> None:
    with pytest.raises(didww.ClientError, match="fn must be a function"):
        run(kind, lambda c: c.batch(fn, ["a"]))


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("items", "message"),
    [(None, "got NoneType"), (5, "got int"), ("abc", "single str"), (b"ab", "single bytes")],
)
def test_batch_refuses_items_that_are_not_an_iterable_of_items(
    kind: str, items: Any, message: str
) -> None:
    calls: list[object] = []

    def fn(item: object) -> object:
        calls.append(item)
        return item

    async def afn(item: object) -> object:
        calls.append(item)
        return item

    with pytest.raises(didww.ClientError, match=message):
        run(kind, lambda c: c.batch(fn if kind == "sync" else afn, items))
    assert calls == []


def test_batch_given_an_async_iterable_says_to_collect_it_first() -> None:
    async def main() -> None:
        from didww.testing import Simulator

        async with Simulator().async_client() as client:
            with pytest.raises(didww.ClientError, match=r"\[item async for item in \.\.\.\]"):
                await client.batch(client.dids.find, client.dids.iter())  # type: ignore[arg-type]

    asyncio.run(main())


@pytest.mark.parametrize("kind", KINDS)
def test_a_typeerror_from_the_callers_generator_is_theirs(kind: str) -> None:
    def items() -> Iterator[int]:
        yield 1
        raise TypeError("inside the generator")

    with pytest.raises(TypeError, match="inside the generator"):
        run(kind, lambda c: c.batch(_async_identity if kind == "async" else str, items()))


class _AsyncCallable:
    async def __call__(self, item: object) -> object:
        return item


@pytest.mark.parametrize(
    "fn",
    [
        lambda item: _async_identity(item),  # a plain function returning a coroutine
        functools.partial(_async_identity),
        _AsyncCallable(),
    ],
    ids=["lambda", "partial", "async-callable"],
)
def test_sync_batch_refuses_an_fn_that_returns_an_awaitable(fn: Any) -> None:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with (
            didww.Client(api_key="k") as client,
            pytest.raises(didww.ClientError, match=r"AsyncClient\.batch"),
        ):
            client.batch(fn, [1, 2, 3], concurrency=2)
        gc.collect()
    # The coroutines were closed, not dropped: no "coroutine ... was never awaited".
    assert [str(w.message) for w in caught if "never awaited" in str(w.message)] == []


def test_sync_batch_starts_no_more_items_once_an_awaitable_is_seen() -> None:
    started: list[int] = []

    def fn(item: int) -> Any:
        started.append(item)
        return asyncio.sleep(0)

    with didww.Client(api_key="k") as client, pytest.raises(didww.ClientError):
        client.batch(fn, range(10), concurrency=1)
    assert started == [0]


# --- downloads ---------------------------------------------------------------------------------


GZIPPED_CSV = gzip.compress(b"a,b\n1,2\n", mtime=0)


def _served_export(server: FileServer) -> Any:
    """A completed export whose file, gzipped CSV, ``server`` serves."""
    server.serve("/files/cdr.csv.gz", GZIPPED_CSV)
    return decode_models(
        {
            "type": "exports",
            "id": "e1",
            "attributes": {"status": "completed", "url": server.url + "/files/cdr.csv.gz"},
        }
    )


@pytest.mark.parametrize("decompress", ["no", "false", 0, 1])
def test_download_decompress_must_be_a_bool(decompress: Any, tmp_path: Path) -> None:
    body = GZIPPED_CSV
    with FileServer() as server:
        export = _served_export(server)
        with didww.Client(api_key="k", base_url=server.api_url, max_retries=0) as client:
            with pytest.raises(didww.ClientError, match="decompress must be True or False"):
                client.exports.download(export, tmp_path / "cdr.csv", decompress=decompress)
            assert server.requests_to("/files/cdr.csv.gz") == []  # refused before sending
            assert client.exports.download(export, tmp_path / "raw.gz", decompress=False) == len(
                body
            )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["raw.gz"]  # nothing half-written
    with pytest.raises(didww.ClientError, match="decompress must be True or False, got 'no'"):
        BodyDecoder(decompress="no", limit=None)  # type: ignore[arg-type]


@pytest.mark.parametrize("name", ["cdr.csv.gz", "CDR.CSV.GZ", "cdr.tgz"])
def test_a_gz_path_needs_decompress_said(name: str, tmp_path: Path) -> None:
    body = GZIPPED_CSV
    with FileServer() as server:
        export = _served_export(server)
        with didww.Client(api_key="k", base_url=server.api_url, max_retries=0) as client:
            # Gunzipped by default, a CSV would land under a gzip name: refused, nothing asked.
            with pytest.raises(didww.ClientError) as caught:
                client.exports.download(export, tmp_path / name)
            assert str(caught.value).startswith("exports.download: ")
            assert f"{name}' names a gzip file" in str(caught.value)
            assert "decompress=False" in str(caught.value)
            assert server.requests_to("/files/cdr.csv.gz") == []
            assert not (tmp_path / name).exists()
            # Said either way, it is done as said.
            assert client.exports.download(export, tmp_path / name, decompress=False) == len(body)
            assert (tmp_path / name).read_bytes() == body
            client.exports.download(export, tmp_path / name, decompress=True)
            assert (tmp_path / name).read_bytes() == b"a,b\n1,2\n"
            # Another name, or a file object, is gunzipped by default as before.
            client.exports.download(export, tmp_path / "cdr.csv")
            assert (tmp_path / "cdr.csv").read_bytes() == b"a,b\n1,2\n"
            sink = io.BytesIO()
            client.exports.download(export, sink)
            assert sink.getvalue() == b"a,b\n1,2\n"

        async def download_async() -> None:
            async with didww.AsyncClient(
                api_key="k", base_url=server.api_url, max_retries=0
            ) as client:
                with pytest.raises(didww.ClientError, match="names a gzip file"):
                    await client.exports.download(export, tmp_path / "async.gz")
                assert await client.exports.download(
                    export, tmp_path / "async.gz", decompress=False
                ) == len(body)

        asyncio.run(download_async())
        assert (tmp_path / "async.gz").read_bytes() == body


# --- CLI CSV -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cell"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("-", "'-"),
        ("-five", "'-five"),
        ("-5", "-5"),
        ("-12.50", "-12.50"),
        ("+1.5e3", "+1.5e3"),
        ("-.5", "-.5"),
        ("a=b", "a=b"),
        ("", ""),
        ("Office PBX", "Office PBX"),
    ],
)
def test_csv_cell_neutralises_formulas_and_keeps_numbers(text: str, cell: str) -> None:
    assert csv_cell(text) == cell


def test_cli_csv_output_neutralises_formula_cells(capsys: pytest.CaptureFixture[str]) -> None:
    record = Record(
        "voice_in_trunks",
        "t1",
        attributes={
            "name": "=1+1",
            "description": "@evil",
            "priority": -5,
            "weight": -0.25,
            "amount": "-12.50",  # money comes as text
            "tags": ["-a", "b"],
        },
    )
    cols = [Column("id", "id", "id")] + [
        Column(name, "attribute", name)
        for name in ("name", "description", "priority", "weight", "amount", "tags")
    ]
    assert write_list([record], cols, "csv") == 1
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows == [
        ["id", "name", "description", "priority", "weight", "amount", "tags"],
        ["t1", "'=1+1", "'@evil", "-5", "-0.25", "-12.50", "'-a,b"],
    ]


def test_the_csv_command_output_is_neutralised(capsys: pytest.CaptureFixture[str]) -> None:
    import didww.cli
    from didww.testing import Simulator
    from tests.cli.conftest import API_KEY, in_process_client

    sim = Simulator(api_key=API_KEY, export_delay=0, review_delay=0)
    trunk = str(sim.resources("voice_in_trunks")[0]["id"])
    env = {"DIDWW_API_KEY": API_KEY}
    factory = in_process_client(sim)
    args = ["voice-in-trunks", "update", trunk, "--set", "name==HYPERLINK(1)"]
    assert didww.cli.main(args, client_factory=factory, env=env) == 0
    capsys.readouterr()
    args = ["voice-in-trunks", "find", trunk, "-o", "csv", "--fields", "name,priority"]
    assert didww.cli.main(args, client_factory=factory, env=env) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert rows[0]["name"] == "'=HYPERLINK(1)" and rows[0]["priority"] == "1"


def test_deleting_a_relationship_is_refused_and_changes_nothing() -> None:
    did = decode_models(
        {
            "type": "dids",
            "id": "d1",
            "relationships": {
                "voice_in_trunk": {"data": {"type": "voice_in_trunks", "id": "t1"}},
                "order": {"data": {"type": "orders", "id": "o1"}},
            },
        }
    )
    for name in ("voice_in_trunk", "voice_in_trunk_id"):
        with pytest.raises(didww.ClientError, match=r"DID.voice_in_trunk cannot be deleted"):
            delattr(did, name)
    with pytest.raises(didww.ClientError, match=r"DID.order cannot be deleted: it is read-only"):
        del did.order
    assert did.voice_in_trunk_id == "t1" and did.order_id == "o1"
    group = didww.VoiceInTrunkGroup(voice_in_trunk_ids=["t1"])
    with pytest.raises(didww.ClientError, match=r"voice_in_trunks cannot be deleted"):
        del group.voice_in_trunk_ids
    assert group.voice_in_trunk_ids == ["t1"]


def test_a_list_attribute_refuses_none_items_and_changes_nothing() -> None:
    config = didww.SIPConfiguration(codec_ids=[enums.Codec.PCMU])
    with pytest.raises(
        didww.ClientError, match=r"codec_ids: item 1: a list holds values, not None"
    ):
        config.codec_ids = [enums.Codec.PCMA, None]  # type: ignore[list-item]
    assert config.codec_ids == [enums.Codec.PCMU]
    with pytest.raises(didww.ClientError, match=r"item 0: a list holds values, not None"):
        didww.VoiceOutTrunk(dst_prefixes=[None])  # type: ignore[list-item]


# --- enum values newer than the SDK survive pickling -----------------------------------------


def test_a_value_newer_than_the_sdk_is_pickled_and_loaded_back() -> None:
    # Enum's own pickling calls the class, which refuses such a value: a model holding one (a
    # cache entry, an error's ``last``, an event on a task queue) was pickled but never loaded.
    order = didww.Order.from_json({"type": "orders", "id": "o1", "attributes": {"status": "held"}})
    assert not order.status.is_known  # read once: the decoded value is kept on the model
    again = pickle.loads(pickle.dumps(order))
    assert again.status == "held" and type(again.status) is enums.OrderStatus
    assert not again.status.is_known
    newer = enums.CliFormat.unchecked("x")
    assert pickle.loads(pickle.dumps(newer)) == newer
    assert copy.deepcopy(newer) == newer
    # A member the SDK knows comes back as that very member.
    for member in (enums.OrderStatus.COMPLETED, enums.ExportType.CDR_IN):
        assert pickle.loads(pickle.dumps(member)) is member
