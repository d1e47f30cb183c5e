"""Optional encryption at rest: a random data key for SQLCipher, wrapped by the
passphrase (and optionally by a recovery code) in a small key file beside the journal.

- keys: the data key and the key file (Argon2id + AES-GCM wraps).
- sqlcipher: connections to an encrypted journal, and its errors in plain words.
- protect: turning protection on and off, and changing the passphrase, all-or-nothing.
"""
