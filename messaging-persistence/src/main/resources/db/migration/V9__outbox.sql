-- The transactional outbox of the email relay: one row per (message, recipient), written
-- in the message's transaction; the relay worker claims due rows with
-- FOR UPDATE SKIP LOCKED, sends them and marks them.

CREATE TABLE outbox_email (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    message_id       bigint      NOT NULL REFERENCES message (id),
    recipient_id     bigint      NOT NULL REFERENCES account (id),
    to_address       text        NOT NULL,
    status           text        NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    attempts         integer     NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    next_attempt_at  timestamptz NOT NULL,
    sent_at          timestamptz,
    last_error       text,
    created_at       timestamptz NOT NULL,
    CONSTRAINT outbox_email_message_recipient_key UNIQUE (message_id, recipient_id)
);

-- The worker's claim: WHERE status = 'PENDING' AND next_attempt_at <= now()
-- ORDER BY next_attempt_at, id FOR UPDATE SKIP LOCKED LIMIT n.
CREATE INDEX outbox_email_due_idx ON outbox_email (next_attempt_at, id) WHERE status = 'PENDING';
