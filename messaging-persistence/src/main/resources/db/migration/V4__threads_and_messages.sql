-- Threads (mutable summary rows, one per buyer, seller and order-or-none) and their
-- messages (append-only, hash-chained per thread).

CREATE TABLE thread (
    id                bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    buyer_id          bigint      NOT NULL REFERENCES account (id),
    seller_id         bigint      NOT NULL REFERENCES account (id),
    order_id          text        REFERENCES orders (id),
    subject           text        NOT NULL,
    created_at        timestamptz NOT NULL,
    last_activity_at  timestamptz NOT NULL,
    -- The sequence number of the last message; the next append takes message_count + 1.
    message_count     integer     NOT NULL DEFAULT 0 CHECK (message_count >= 0),
    -- The last link of the hash chain (32 zero bytes before the first message).
    last_hash         bytea       NOT NULL DEFAULT '\x0000000000000000000000000000000000000000000000000000000000000000'
                                  CHECK (octet_length(last_hash) = 32),
    -- Arrival of the oldest buyer message not yet answered; null when nothing awaits.
    awaiting_since    timestamptz,
    review_requested  boolean     NOT NULL DEFAULT false,
    open_flags        integer     NOT NULL DEFAULT 0 CHECK (open_flags >= 0),
    CHECK (buyer_id <> seller_id),
    CONSTRAINT thread_key UNIQUE NULLS NOT DISTINCT (buyer_id, seller_id, order_id)
);

CREATE INDEX thread_seller_idx ON thread (seller_id);
CREATE INDEX thread_order_idx ON thread (order_id) WHERE order_id IS NOT NULL;

CREATE TABLE message (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    thread_id   bigint      NOT NULL REFERENCES thread (id),
    seq         integer     NOT NULL CHECK (seq >= 1),
    sender      text        NOT NULL CHECK (sender IN ('BUYER', 'SELLER', 'SYSTEM')),
    author_id   bigint      REFERENCES account (id),
    action      text        NOT NULL,
    topic       text        CHECK (topic IN ('ORDER_STATUS', 'RETURN_REFUND', 'PRODUCT_QUESTION', 'SHIPPING', 'OTHER')),
    subject     text        NOT NULL,
    html        text        NOT NULL,
    body_text   text        NOT NULL,
    sent_at     timestamptz NOT NULL,
    delivery    text        NOT NULL CHECK (delivery IN ('DELIVERED', 'NOT_DELIVERED_OPTED_OUT')),
    important   boolean     NOT NULL,
    proactive   boolean     NOT NULL,
    -- [{"rule": "CONTACT_EMAIL", "start": 10, "end": 19}, ...] in order.
    redactions  jsonb       NOT NULL DEFAULT '[]' CHECK (jsonb_typeof(redactions) = 'array'),
    -- Who may see it: BOTH parties, or the SELLER only (system notes to the seller and
    -- messages not delivered because the buyer opted out). Admins see everything.
    visible_to  text        NOT NULL CHECK (visible_to IN ('BOTH', 'SELLER')),
    prev_hash   bytea       NOT NULL CHECK (octet_length(prev_hash) = 32),
    hash        bytea       NOT NULL CHECK (octet_length(hash) = 32),
    CONSTRAINT message_thread_seq_key UNIQUE (thread_id, seq),
    CHECK ((author_id IS NULL) = (sender = 'SYSTEM')),
    CHECK (sender = 'BUYER' OR topic IS NULL)
);

-- Moderation.proactiveCounts: a seller's proactive messages since a time.
CREATE INDEX message_proactive_idx ON message (author_id, sent_at) WHERE proactive;

CALL make_append_only('message');
