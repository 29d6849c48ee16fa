-- Trust and safety: flags, admin decisions and platform notices. All append-only; a flag
-- is open while no decision refers to it (at most one decision per flag).

CREATE TABLE flag (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id   bigint      NOT NULL REFERENCES thread (id),
    seller_id   bigint      NOT NULL REFERENCES account (id),
    message_id  bigint      REFERENCES message (id),
    source      text        NOT NULL CHECK (source IN ('RULE', 'REPORT', 'SYSTEM')),
    reason      text        NOT NULL,
    note        text,
    -- [{"rule": "LINK_EXTERNAL", "start": 3, "end": 20, "excerpt": "..."}, ...]
    spans       jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(spans) = 'array'),
    raised_at   timestamptz NOT NULL,
    raised_by   bigint      REFERENCES account (id)
);

CREATE INDEX flag_thread_idx ON flag (thread_id, id);

CREATE TABLE admin_decision (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind        text        NOT NULL CHECK (kind IN ('DISMISS', 'WARN', 'SUSPEND', 'REINSTATE')),
    seller_id   bigint      NOT NULL REFERENCES account (id),
    admin_id    bigint      NOT NULL REFERENCES account (id),
    flag_id     bigint      UNIQUE REFERENCES flag (id),
    reason      text        NOT NULL CHECK (length(btrim(reason)) > 0),
    decided_at  timestamptz NOT NULL
);

CREATE INDEX admin_decision_seller_idx ON admin_decision (seller_id, decided_at DESC, id DESC);

CREATE TABLE platform_notice (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    seller_id    bigint      NOT NULL REFERENCES account (id),
    kind         text        NOT NULL,
    subject      text        NOT NULL,
    body         text        NOT NULL,
    decision_id  bigint      REFERENCES admin_decision (id),
    created_at   timestamptz NOT NULL
);

CREATE INDEX platform_notice_seller_idx ON platform_notice (seller_id, id DESC);

CALL make_append_only('flag');
CALL make_append_only('admin_decision');
CALL make_append_only('platform_notice');
