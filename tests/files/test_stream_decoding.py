"""The I/O-free halves of downloads: gunzip in bounded pieces whatever the chunking, and CSV rows
that match ``csv.DictReader`` however the bytes are split."""

from __future__ import annotations

import csv
import gzip
import io
import zlib
from collections.abc import Iterator

import pytest

import didww
from didww._download import PIECE, BodyDecoder, CsvRows


def decode(body: bytes, step: int, **kwargs: object) -> tuple[bytes, list[int]]:
    options: dict[str, object] = {"decompress": True, "limit": None, **kwargs}
    decoder = BodyDecoder(**options)  # type: ignore[arg-type]
    pieces = []
    for i in range(0, len(body), step):
        pieces += list(decoder.feed(body[i : i + step]))
    pieces += list(decoder.finish())
    return b"".join(pieces), [len(p) for p in pieces]


TEXT = b"".join(b"%d,caller-%d,\xc3\xa9t\xc3\xa9\n" % (i, i * 7) for i in range(20_000))


@pytest.mark.parametrize("step", [1, 2, 3, 1000, 65536, 10**9])
def test_gunzip_is_the_same_however_the_body_is_chunked(step: int) -> None:
    body = gzip.compress(TEXT)
    if step == 1:
        body = gzip.compress(TEXT[:3000])  # byte by byte is slow: a shorter text
        assert decode(body, step)[0] == TEXT[:3000]
    else:
        assert decode(body, step)[0] == TEXT


def test_a_bomb_comes_out_in_bounded_pieces() -> None:
    bomb = gzip.compress(b"\0" * (64 * 1024 * 1024), compresslevel=9)
    assert len(bomb) < 100_000
    out, sizes = decode(bomb, len(bomb))  # one chunk that expands ~1000 times
    assert len(out) == 64 * 1024 * 1024
    assert max(sizes) <= PIECE


def test_the_limit_counts_the_bytes_handed_out_exactly() -> None:
    body = gzip.compress(TEXT)
    assert decode(body, 4096, limit=len(TEXT))[0] == TEXT
    with pytest.raises(didww.DownloadTooLargeError) as caught:
        decode(body, 4096, limit=len(TEXT) - 1)
    assert caught.value.limit == len(TEXT) - 1
    # Not gzip: the plain bytes count the same way.
    assert decode(TEXT, 4096, limit=len(TEXT))[0] == TEXT
    with pytest.raises(didww.DownloadTooLargeError):
        decode(TEXT, 4096, limit=10)


def test_truncation_anywhere_is_detected() -> None:
    body = gzip.compress(TEXT[:5000])
    for cut in (2, 5, 10, 11, 30, len(body) // 2, len(body) - 8, len(body) - 1):
        with pytest.raises(didww.DecodeError, match="truncated"):
            decode(body[:cut], 7)
    assert decode(body[:1], 7)[0] == b"\x1f"  # one byte cannot be told to be gzip: kept as is


def test_members_padding_and_trailing_bytes() -> None:
    one, two = gzip.compress(b"first\n"), gzip.compress(b"second\n")
    assert decode(one + two, 1)[0] == b"first\nsecond\n"
    assert decode(one + b"\0\0\0" + two + b"\0", 3)[0] == b"first\nsecond\n"
    with pytest.raises(didww.DecodeError, match="truncated"):
        decode(one + b"\x1f", 5)
    with pytest.raises(didww.DecodeError, match="after the end"):
        decode(one + b"PK\x03\x04", 5)


def test_gzip_is_only_gunzipped_when_asked_and_when_it_is_gzip() -> None:
    body = gzip.compress(TEXT)
    assert decode(body, 1000, decompress=False)[0] == body
    raw_deflate = zlib.compress(TEXT)  # zlib, not gzip: passed through
    assert decode(raw_deflate, 1000)[0] == raw_deflate
    decoder = BodyDecoder(decompress=True, limit=None)
    list(decoder.feed(body[:1]))
    assert not decoder.gzipped
    list(decoder.feed(body[1:2]))
    assert decoder.gzipped


def rows_of(data: bytes, step: int) -> list[dict[str, str]]:
    parser = CsvRows()
    rows = []
    for i in range(0, len(data), step):
        rows += list(parser.feed(data[i : i + step]))
    rows += list(parser.finish())
    return rows


CSV_CASES = [
    "a,b,c\n1,2,3\n4,5,6\n",
    "a,b,c\r\n1,2,3\r\n4,5,6",  # CRLF, no final newline
    'a,b\n"x,y","multi\nline\r\nfield"\n"say ""hi""",""\n',
    "\ufeffname,city\nJosé,Zürich\n李,北京\n",
    'a,b\n"",\n,""\n"quoted ""inside""\nand newline",z\n',
    "h1,h2\n\n1,2\n\n\n3,4\n",  # blank lines are skipped
]


@pytest.mark.parametrize("text", CSV_CASES)
@pytest.mark.parametrize("step", [1, 2, 5, 64, 10**6])
def test_rows_match_dictreader_however_the_bytes_are_split(text: str, step: int) -> None:
    expected = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline="")))
    assert rows_of(text.encode("utf-8"), step) == expected


def test_short_rows_are_padded_and_long_rows_refused() -> None:
    assert rows_of(b"a,b,c\n1\n", 3) == [{"a": "1", "b": "", "c": ""}]
    with pytest.raises(didww.DecodeError, match="line 2 has 4 fields, the header 3"):
        rows_of(b"a,b,c\n1,2,3,4\n", 3)


def test_bad_csv_is_a_decode_error() -> None:
    with pytest.raises(didww.DecodeError, match="ends inside a quoted field"):
        rows_of(b'a,b\n"open,2\n', 4)
    with pytest.raises(didww.DecodeError, match="not UTF-8"):
        rows_of(b"a,b\n\xff\xfe,2\n", 4)
    with pytest.raises(didww.DecodeError, match="not UTF-8"):
        rows_of(b"a,b\n1,\xc3", 100)  # cut inside a character
    with pytest.raises(didww.DecodeError, match="CSV line 2"):
        rows_of(b'a,b\n"x"y,2\n', 100)


def test_an_empty_or_header_only_csv_has_no_rows() -> None:
    assert rows_of(b"", 10) == []
    assert rows_of(b"a,b\n", 10) == []


def _chunks(data: bytes, size: int) -> Iterator[bytes]:
    for i in range(0, len(data), size):
        yield data[i : i + size]


def test_rows_are_yielded_before_the_body_ends() -> None:
    parser = CsvRows()
    chunks = _chunks(b"a,b\n1,2\n3,4\n5,6\n", 8)
    assert list(parser.feed(next(chunks))) == [{"a": "1", "b": "2"}]  # "a,b\n1,2\n"
    assert list(parser.feed(next(chunks))) == [{"a": "3", "b": "4"}, {"a": "5", "b": "6"}]
    assert list(parser.finish()) == []
