-- One row per answer: a seller message or a "No response needed" mark that answered the
-- awaiting buyer messages of a thread. Response time = answered_at - awaited_since.

CREATE TABLE response_record (
    id             bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seller_id      bigint      NOT NULL REFERENCES account (id),
    thread_id      bigint      NOT NULL REFERENCES thread (id),
    awaited_since  timestamptz NOT NULL,
    answered_at    timestamptz NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('REPLY', 'NO_RESPONSE_NEEDED')),
    CHECK (answered_at >= awaited_since)
);

CREATE INDEX response_record_seller_idx ON response_record (seller_id, answered_at);
