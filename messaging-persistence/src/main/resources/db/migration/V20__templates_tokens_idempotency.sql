-- Sellers' templates (not part of the record: editable and deletable), API tokens (hashes
-- only) and idempotency keys of message-creating API requests.

CREATE TABLE template (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seller_id   bigint      NOT NULL REFERENCES account (id),
    name        text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    language    text        NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr', 'ja')),
    subject     text        NOT NULL CHECK (length(subject) <= 200),
    body        text        NOT NULL CHECK (length(body) BETWEEN 1 AND 65536),
    updated_at  timestamptz NOT NULL
);

CREATE INDEX template_seller_idx ON template (seller_id, lower(name));

CREATE TABLE template_translation (
    template_id bigint NOT NULL REFERENCES template (id),
    language    text   NOT NULL CHECK (language IN ('en', 'de', 'es', 'fr', 'ja')),
    subject     text   NOT NULL CHECK (length(subject) <= 200),
    body        text   NOT NULL CHECK (length(body) BETWEEN 1 AND 65536),
    PRIMARY KEY (template_id, language)
);

CREATE TABLE api_token (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    account_id    bigint      NOT NULL REFERENCES account (id),
    name          text        NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    token_sha256  bytea       NOT NULL UNIQUE CHECK (length(token_sha256) = 32),
    prefix        text        NOT NULL,
    created_at    timestamptz NOT NULL,
    expires_at    timestamptz NOT NULL,
    revoked_at    timestamptz,
    last_used_at  timestamptz,
    CHECK (expires_at > created_at)
);

CREATE INDEX api_token_account_idx ON api_token (account_id, created_at DESC);

-- A row is written by the first request with a key, in that request's transaction, and
-- completed before it commits; a concurrent request with the same key waits on the
-- primary key until then.
CREATE TABLE idempotency_key (
    account_id    bigint      NOT NULL REFERENCES account (id),
    key           text        NOT NULL CHECK (length(key) BETWEEN 1 AND 255),
    request_hash  text        NOT NULL,
    status        integer,
    body          text,
    created_at    timestamptz NOT NULL,
    PRIMARY KEY (account_id, key)
);

CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at);
