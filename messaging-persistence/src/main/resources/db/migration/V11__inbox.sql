-- The inbox: one summary row per thread and participant, kept up to date in the same
-- transaction as every append, read mark and flag, plus counters per filter. Every inbox
-- page is a keyset scan of one of the indexes below; nothing scans the messages.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS btree_gin;

-- Search: the simple parser and no stemming (order ids such as 123-4567890-1234567, names
-- and product words in any of the product's languages stay findable), accents folded.
CREATE TEXT SEARCH CONFIGURATION parley_search (COPY = simple);
ALTER TEXT SEARCH CONFIGURATION parley_search
    ALTER MAPPING FOR word, hword, hword_part WITH unaccent, simple;

CREATE TABLE inbox_entry (
    owner_id          bigint      NOT NULL REFERENCES account (id),
    thread_id         bigint      NOT NULL REFERENCES thread (id),
    owner_role        text        NOT NULL CHECK (owner_role IN ('BUYER', 'SELLER')),
    counterpart_id    bigint      NOT NULL REFERENCES account (id),
    counterpart_name  text        NOT NULL,
    business_buyer    boolean     NOT NULL,
    order_id          text,
    subject           text        NOT NULL,
    -- Of the last message the owner may see.
    snippet           text        NOT NULL,
    last_sender       text        NOT NULL,
    last_activity_at  timestamptz NOT NULL,
    -- Messages the owner may see.
    message_count     integer     NOT NULL,
    last_read_seq     integer     NOT NULL DEFAULT 0,
    -- Sequence number of the last message of the other party the owner may see.
    last_other_seq    integer     NOT NULL DEFAULT 0,
    unread            boolean     GENERATED ALWAYS AS (last_other_seq > last_read_seq) STORED,
    -- The owner's latest message ("sent" filter); null when the owner never wrote.
    last_sent_at      timestamptz,
    -- Seller rows: 24 hours after the oldest awaiting buyer message; null when nothing awaits.
    due_at            timestamptz,
    open_flags        integer     NOT NULL DEFAULT 0,
    -- Subject, order id, counterpart name and the text of every message the owner may see.
    search            tsvector    NOT NULL,
    PRIMARY KEY (owner_id, thread_id)
);

-- all, unread, sent, needs-response, company: a party's rows in the filter's order.
CREATE INDEX inbox_all_idx ON inbox_entry (owner_id, last_activity_at DESC, thread_id DESC);
CREATE INDEX inbox_unread_idx ON inbox_entry (owner_id, last_activity_at DESC, thread_id DESC) WHERE unread;
CREATE INDEX inbox_sent_idx ON inbox_entry (owner_id, last_sent_at DESC, thread_id DESC)
    WHERE last_sent_at IS NOT NULL;
CREATE INDEX inbox_needs_response_idx ON inbox_entry (owner_id, due_at, thread_id) WHERE due_at IS NOT NULL;
CREATE INDEX inbox_company_idx ON inbox_entry (owner_id, last_activity_at DESC, thread_id DESC)
    WHERE business_buyer AND owner_role = 'SELLER';
-- Admins: every thread (through its seller row), and the flagged ones.
CREATE INDEX inbox_admin_all_idx ON inbox_entry (last_activity_at DESC, thread_id DESC)
    WHERE owner_role = 'SELLER';
CREATE INDEX inbox_admin_flagged_idx ON inbox_entry (last_activity_at DESC, thread_id DESC)
    WHERE owner_role = 'SELLER' AND open_flags > 0;
-- Search within one party's rows (btree_gin puts the owner into the GIN index).
CREATE INDEX inbox_search_idx ON inbox_entry USING gin (owner_id, search);

-- Counts per filter, maintained with every change of the rows above. A party's counts are
-- spread over 16 slots (thread id mod 16) so that appends to different threads of one
-- seller rarely wait for each other's counter row; a party's count is the sum of its slots.
-- owner_id 0 holds the marketplace-wide counts of the admins (all threads, flagged ones).
CREATE TABLE inbox_counter (
    owner_id        bigint   NOT NULL,
    slot            smallint NOT NULL CHECK (slot BETWEEN 0 AND 15),
    all_threads     bigint   NOT NULL DEFAULT 0,
    unread          bigint   NOT NULL DEFAULT 0,
    sent            bigint   NOT NULL DEFAULT 0,
    needs_response  bigint   NOT NULL DEFAULT 0,
    company         bigint   NOT NULL DEFAULT 0,
    flagged         bigint   NOT NULL DEFAULT 0,
    PRIMARY KEY (owner_id, slot)
);

-- Secrets of this installation, shared by all application instances on the database.
-- inbox-cursor: the HMAC key that makes inbox cursors opaque and unforgeable.
CREATE TABLE installation_secret (
    name   text  PRIMARY KEY,
    value  bytea NOT NULL CHECK (octet_length(value) >= 32)
);

INSERT INTO installation_secret (name, value)
VALUES ('inbox-cursor', uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()));
