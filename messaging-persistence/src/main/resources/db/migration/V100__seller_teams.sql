-- Seller teams (issue 16): members who sign in to a seller's workspace with permissions of
-- their own, the member who wrote each seller message, and internal notes.

-- Mutable: a member's permissions and status change; rows are never deleted (messages and
-- notes refer to them forever). The owner of the seller account is not a member: a null
-- member means the owner.
CREATE TABLE seller_member (
    id                      bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seller_id               bigint      NOT NULL REFERENCES account (id),
    email                   text        NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
    display_name            text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    -- Set when the member accepts the invitation.
    password_hash           text,
    permissions             text[]      NOT NULL DEFAULT '{}',
    status                  text        NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'SUSPENDED', 'REMOVED')),
    -- The invitation: the SHA-256 of the one-time token, cleared when it is used.
    invitation_sha256       bytea       UNIQUE CHECK (octet_length(invitation_sha256) = 32),
    invitation_expires_at   timestamptz,
    invited_at              timestamptz NOT NULL,
    status_changed_at       timestamptz NOT NULL,
    CHECK ((status = 'INVITED') OR password_hash IS NOT NULL OR status = 'REMOVED'),
    CHECK ((invitation_sha256 IS NULL) = (invitation_expires_at IS NULL))
);

-- One login per address among members; the application also refuses an address an account
-- already has.
CREATE UNIQUE INDEX seller_member_email_key ON seller_member (lower(email)) WHERE status <> 'REMOVED';
CREATE INDEX seller_member_seller_idx ON seller_member (seller_id, id);

-- API tokens belong to a member (null: the account's owner).
ALTER TABLE api_token ADD COLUMN member_id bigint REFERENCES seller_member (id);
CREATE INDEX api_token_member_idx ON api_token (member_id) WHERE member_id IS NOT NULL;

-- Which member wrote a seller message (no row: the owner). Part of the permanent record.
CREATE TABLE message_member (
    message_id  bigint PRIMARY KEY REFERENCES message (id),
    member_id   bigint NOT NULL REFERENCES seller_member (id)
);

CALL make_append_only('message_member');

-- Internal notes: seen by the seller's team and admins only, never by the buyer. Part of the
-- permanent record, with a hash chain of their own per thread:
-- hash_n = SHA-256(hash_{n-1} || canonical(note_n)), hash_0 = 32 zero bytes.
CREATE TABLE thread_note (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id   bigint      NOT NULL REFERENCES thread (id),
    seq         integer     NOT NULL CHECK (seq >= 1),
    seller_id   bigint      NOT NULL REFERENCES account (id),
    member_id   bigint      REFERENCES seller_member (id),
    body_text   text        NOT NULL CHECK (length(body_text) BETWEEN 1 AND 10000),
    created_at  timestamptz NOT NULL,
    prev_hash   bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea       NOT NULL CHECK (octet_length(hash) = 32),
    CONSTRAINT thread_note_seq_key UNIQUE (thread_id, seq)
);

CALL make_append_only('thread_note');
