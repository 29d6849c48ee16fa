-- What happens to a thread besides messages: read marks, "No response needed" marks,
-- reports and flags. Append-only.

CREATE TABLE thread_event (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id   bigint      NOT NULL REFERENCES thread (id),
    type        text        NOT NULL CHECK (type IN ('READ', 'NO_RESPONSE_NEEDED', 'REPORT', 'FLAG')),
    actor_id    bigint      REFERENCES account (id),
    message_id  bigint      REFERENCES message (id),
    at          timestamptz NOT NULL,
    read_seq    integer     NOT NULL DEFAULT 0 CHECK (read_seq >= 0),
    reason      text,
    note        text
);

CREATE INDEX thread_event_thread_idx ON thread_event (thread_id, id);

CALL make_append_only('thread_event');
