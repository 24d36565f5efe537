"""Connections across a client's copies, a Ctrl-C in ``batch()``, and a forked process, against a
real loopback server."""

from __future__ import annotations

import gc
import multiprocessing
import os
import signal
import sys
import threading
import time
import warnings
from typing import Any

import httpx
import pytest

import didww
from tests.support import python_sigint_handler
from tests.transport.faultserver import FaultServer, respond, slow

DID = {"data": {"type": "dids", "id": "d1", "attributes": {"number": "123"}}}


def test_closing_a_copy_releases_the_clients_connections() -> None:
    """The copy and its client are one client for closing: closing either closes both and
    releases the sockets they share (before, a copy closed the client but left the sockets to
    the garbage collector)."""
    with FaultServer() as server:
        server.default = lambda received: respond(200, DID)
        client = didww.Client(api_key="k", base_url=server.url, max_retries=0)
        copy = client.with_options(timeout=5)
        threads = [threading.Thread(target=copy.dids.find, args=("d1",)) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        copy.close()
        with pytest.raises(didww.ClientError, match="is closed"):
            client.dids.find("d1")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            del client, copy, threads
            gc.collect()
    assert [w for w in caught if issubclass(w.category, ResourceWarning)] == []


@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT to a thread is POSIX")
def test_ctrl_c_in_a_batch_sends_no_retry_and_leaves_no_thread_behind() -> None:
    with python_sigint_handler():
        _ctrl_c_in_a_batch()


def _ctrl_c_in_a_batch() -> None:
    with FaultServer() as server:
        server.default = lambda received: slow(1.5, DID)  # longer than the client's timeout
        client = didww.Client(api_key="k", base_url=server.url, timeout=0.5, max_retries=2)
        main = threading.main_thread().ident
        assert main is not None
        timer = threading.Timer(0.2, signal.pthread_kill, args=(main, signal.SIGINT))
        timer.start()
        with pytest.raises(KeyboardInterrupt):
            client.batch(client.dids.find, ["d1", "d2", "d3", "d4"], concurrency=4)
        timer.join()
        workers = [t for t in threading.enumerate() if t.name.startswith("didww-batch-")]
        assert all(t.daemon for t in workers)  # they cannot hold the process at exit
        for thread in workers:
            thread.join(timeout=10)
        # The four first attempts went out before Ctrl-C; their timeouts started no retry.
        assert len(server.received) == 4
        client.close()


def _find_in_child(client: didww.Client, results: Any) -> None:
    results.put(client.dids.find("d1").number)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_forked_process_opens_its_own_connection() -> None:
    """Sharing the parent's socket, the two processes could read each other's answers."""
    with FaultServer() as server:
        server.default = lambda received: respond(200, DID)
        with didww.Client(api_key="k", base_url=server.url) as client:
            assert client.dids.find("d1").number == "123"  # the parent's pooled connection
            context = multiprocessing.get_context("fork")
            results = context.Queue()
            with warnings.catch_warnings():
                # Python 3.12+ warns about forking a process that runs threads (the server's).
                warnings.simplefilter("ignore", DeprecationWarning)
                child = context.Process(target=_find_in_child, args=(client, results))
                child.start()
            child.join(timeout=30)
            assert child.exitcode == 0
            assert results.get(timeout=5) == "123"
            assert client.dids.find("d1").number == "123"  # the parent's socket still works
        deadline = time.monotonic() + 5
        while server.connections < 2 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.connections == 2  # the parent's one, and the child's own


def _https_client_in_child(results: Any) -> None:
    didww.Client(api_key="k").close()  # https: looks the shared TLS context up
    results.put("built")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="fork is POSIX")
def test_a_process_forked_while_the_tls_context_loads_can_build_a_client(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Any
) -> None:
    # Another thread held the lock around loading the authorities when the process forked: the
    # child's first https client waited for it forever.
    loading, release = threading.Event(), threading.Event()
    create = httpx.create_ssl_context
    parent = os.getpid()

    def held(*args: Any, **kwargs: Any) -> Any:
        if os.getpid() == parent:  # the parent's loader holds on until the child is forked
            loading.set()
            release.wait(10)
        return create(*args, **kwargs)

    monkeypatch.setattr(httpx, "create_ssl_context", held)
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))  # a cache key no earlier test filled
    loader = threading.Thread(target=lambda: didww.Client(api_key="k").close())
    loader.start()
    assert loading.wait(10)
    context = multiprocessing.get_context("fork")
    results = context.Queue()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # forking with threads (3.12+)
        child = context.Process(target=_https_client_in_child, args=(results,))
        child.start()
    release.set()
    child.join(timeout=30)
    loader.join(10)
    assert child.exitcode == 0
    assert results.get(timeout=5) == "built"
