-- Signed checkpoints of the record: the Merkle root over every thread's head, signed with
-- a key kept outside the database (Ed25519). Append-only. The copy that proves anything
-- is the one the application writes to the external sink; this one is for comparison.

CREATE TABLE record_checkpoint (
    id          bigint      PRIMARY KEY,
    created_at  timestamptz NOT NULL,
    tree_size   integer     NOT NULL CHECK (tree_size >= 0),
    root        bytea       NOT NULL CHECK (octet_length(root) = 32),
    key_id      text        NOT NULL,
    signature   bytea       NOT NULL
);

CREATE SEQUENCE record_checkpoint_id_seq;

CALL make_append_only('record_checkpoint');
