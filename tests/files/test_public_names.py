"""The names this feature adds are public, documented, and ``import didww`` stays light."""

from __future__ import annotations

import inspect

import didww


def test_new_public_names() -> None:
    for name in [
        "DownloadTooLargeError",
        "InvalidCallbackError",
        "InvalidSignatureError",
        "CallbackEvent",
        "OrderCallback",
        "ExportCallback",
        "AddressVerificationCallback",
        "EmergencyVerificationCallback",
        "VoiceOutTrunkCallback",
        "GenericCallback",
        "encryption",
        "webhooks",
    ]:
        assert name in didww.__all__, name
        assert hasattr(didww, name), name
    for cls in (
        didww.DownloadTooLargeError,
        didww.InvalidCallbackError,
        didww.InvalidSignatureError,
        didww.OrderCallback,
        didww.GenericCallback,
    ):
        assert cls.__doc__, cls
    assert callable(didww.webhooks.parse) and didww.webhooks.parse.__doc__
    for name in didww.encryption.__all__:
        assert hasattr(didww.encryption, name), name


def test_new_operations_are_documented_on_both_clients() -> None:
    client, async_client = didww.Client(api_key="k"), didww.AsyncClient(api_key="k")
    for repository, names in [
        ("encrypted_files", ["upload"]),
        ("exports", ["download", "iter_rows", "wait"]),
    ]:
        for name in names:
            sync_method = getattr(getattr(client, repository), name)
            async_method = getattr(getattr(async_client, repository), name)
            assert sync_method.__doc__ and async_method.__doc__, (repository, name)
            assert list(inspect.signature(sync_method).parameters) == list(
                inspect.signature(async_method).parameters
            )
    client.close()
