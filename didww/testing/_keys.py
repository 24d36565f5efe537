"""The public keys the simulator publishes at ``/public_keys``, with their fingerprint.

Two RSA-4096 public keys generated once for the simulator (the private halves were discarded: the
simulator never decrypts uploads). The simulator must not depend on ``cryptography`` at run time, so
the fingerprint is stored here: the lowercase hex SHA-1 of each key's DER SubjectPublicKeyInfo, the
two joined by ``:::``, exactly what a client computes before uploading to ``/encrypted_files``.
"""

from __future__ import annotations

PUBLIC_KEYS: tuple[str, ...] = (
    (
        "-----BEGIN PUBLIC KEY-----\n"
        "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAqMV/DwQQR0Lg6ZzaoOzk\n"
        "Ez/nwgsnCs5dJ2A2ZNqvey4+m6OqRdPD+GiLqgNigvYJ4zF1pkdPfxCXihyhFbbS\n"
        "0V+DCDeH28U7ZeDt05SmHUz64Ot3FLD4DdNx5B8R9++UPUUiKeJYF9ZD9MqicySg\n"
        "9u9X3aDcVt6BZdVEYcaX0be3da8XBAL2H2s1UMZOt0Dzh8Q7+uGxXtZx0f/fRcdM\n"
        "0DU4HqXZjNBkpoDH7RNDbGipfCSvu2xh0JcmAd8XKquHYvbAEiC2NOlIU03aHMm1\n"
        "vPgr1YijJWxj5BmyduYlA5wkJPYxYQFcZUSkcYVmkHJUC0fIC+LcgDgfjS2QgR8N\n"
        "XvxmDFQPGVnXOz/X2EJHXCmsJv57tKJfx8EVYc6VUnvhM7rM330rVrXpJUnPCFcH\n"
        "2dQPIvAMR3EIpoIDHaoh4PIgNZZlbCyfE+IY6KmmYWMU+atEp1jcYq3os+3dvVC7\n"
        "136I8wlSVql/TOYf2jP+U+TQp8jzHxz3CmfhQ9YRcexMeR5MpMSx6BpH/WQWQIbe\n"
        "98VR0HyCvCEHMec7Jg7+9k9sgxY4EdqqoZ2dKFGBKslr9BLD3Fo5bGaQVFQsImDG\n"
        "lNNky3NsucRs9RJKn5xy1uv3s0QT2SSDRRT2EBvUCdNIriF6+tfnDEhSDtkzeo7O\n"
        "oF9zWijC65P0WBA80Y+fhHsCAwEAAQ==\n"
        "-----END PUBLIC KEY-----\n"
    ),
    (
        "-----BEGIN PUBLIC KEY-----\n"
        "MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAumfb9g8GXVG/35AYTwY+\n"
        "/boErrIyxN1MlgvYQPsOM7lGYhUgmj6g1A/wWPMj+Aug+E4uhiV1gL4RzmfsmXda\n"
        "+F4JN7wZkJQGz2ICIobaetFqpr10LTaaDz+h1FjGQQRcaBFLYsmcKhzxyLPdyBpv\n"
        "6guyBWj1cdtwNLUki8321+K9ZbtuTIfPQ45N0pQKy2HFXWHwWB+qN9fGug4u3RUB\n"
        "w0Gok+GroALjkOQStVUyKB8xYAl2YalsWv4tlgR4Wlrgw7ezkPm5fL5pCE4A9kAN\n"
        "wT1S2guzgA0BDB9HMHw1X8AGJIy+0ZjErU7XoSx7itjMRqISwc4hT0eM88EAjngq\n"
        "Nb4+IbUrbZdek0TPIahtRharrLVvyZKs78dIX7/T6BVNRstlDVRTclmoRRJSdpbT\n"
        "syOuteXYFw9THx/hEX9eDJ38hU6uhVdm3YzUlEezZRKRKRKxSt9orsIPzpvxvWUY\n"
        "GBQGVpYkFlj7D15hdpJf20ZbEmj4hDE9Hv635svw00qHV2YOA8D0n+0AiAkUIHKs\n"
        "n9Mzmalsxiw3yIu8NTM7I7We4ebuHD/iRGiEJxpEWbmovt6I96ND3oGD/eSrqUyU\n"
        "tyBCimBsenS+452YvqB0axYtoKfcGnxj3XTI1nsHnrD3mTIuYNVfUEiAhn3ENbLl\n"
        "QYvcY2MEWLOcwAnrDkk94+sCAwEAAQ==\n"
        "-----END PUBLIC KEY-----\n"
    ),
)
"""PEM text of each key, in the order ``/public_keys`` lists them."""

KEY_FINGERPRINTS: tuple[str, ...] = (
    "daaebfc771f4ccccf837184496b2d598deeff484",
    "175c2cc213855dabf269138ecbd81557cec272e2",
)
"""SHA-1 of each key's DER SubjectPublicKeyInfo, lowercase hex."""

ENCRYPTION_FINGERPRINT = ":::".join(KEY_FINGERPRINTS)
"""The fingerprint ``POST /encrypted_files`` accepts."""
