-- Attachments. An upload is staged (mutable, deletable) until a message takes it into the
-- record: then its row moves to the append-only attachment table under the same id (both
-- tables draw ids from one sequence), linked to the message in order.

CREATE SEQUENCE attachment_id_seq;

CREATE TABLE upload (
    id            bigint      PRIMARY KEY DEFAULT nextval('attachment_id_seq'),
    owner_id      bigint      NOT NULL REFERENCES account (id),
    file_name     text        NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
    content_type  text        NOT NULL,
    size          bigint      NOT NULL CHECK (size > 0),
    sha256        bytea       NOT NULL CHECK (octet_length(sha256) = 32),
    content       bytea       NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    CHECK (size = octet_length(content))
);

CREATE INDEX upload_owner_idx ON upload (owner_id, uploaded_at);

CREATE TABLE attachment (
    id            bigint      PRIMARY KEY,
    thread_id     bigint      NOT NULL REFERENCES thread (id),
    owner_id      bigint      NOT NULL REFERENCES account (id),
    file_name     text        NOT NULL,
    content_type  text        NOT NULL,
    size          bigint      NOT NULL CHECK (size > 0),
    sha256        bytea       NOT NULL CHECK (octet_length(sha256) = 32),
    content       bytea       NOT NULL,
    uploaded_at   timestamptz NOT NULL,
    CHECK (size = octet_length(content))
);

CREATE TABLE message_attachment (
    message_id     bigint   NOT NULL REFERENCES message (id),
    position       smallint NOT NULL CHECK (position BETWEEN 1 AND 5),
    attachment_id  bigint   NOT NULL UNIQUE REFERENCES attachment (id),
    PRIMARY KEY (message_id, position)
);

CALL make_append_only('attachment');
CALL make_append_only('message_attachment');
