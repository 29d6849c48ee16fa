-- Relay aliases: two per (buyer, seller) pair, one row each, so that a single primary key
-- makes every local part unique across both sides and all pairs. Created on first contact
-- and never changed.

CREATE TABLE relay_alias (
    local_part  text        PRIMARY KEY CHECK (local_part ~ '^[a-z2-7]{16}$'),
    buyer_id    bigint      NOT NULL REFERENCES account (id),
    seller_id   bigint      NOT NULL REFERENCES account (id),
    -- Which party of the pair this address stands for.
    stands_for  text        NOT NULL CHECK (stands_for IN ('BUYER', 'SELLER')),
    created_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT relay_alias_pair_key UNIQUE (buyer_id, seller_id, stands_for)
);
