-- Orders as the marketplace's order system reports them (mutable: the feed updates dates).
-- A thread refers to its order forever, so orders are never deleted.

CREATE TABLE orders (
    id            text        PRIMARY KEY CHECK (id ~ '^[0-9]{3}-[0-9]{7}-[0-9]{7}$'),
    buyer_id      bigint      NOT NULL REFERENCES account (id),
    seller_id     bigint      NOT NULL REFERENCES account (id),
    placed_at     timestamptz NOT NULL,
    shipped_at    timestamptz,
    delivered_at  timestamptz,
    CHECK (buyer_id <> seller_id),
    CHECK (shipped_at IS NULL OR shipped_at >= placed_at),
    CHECK (delivered_at IS NULL OR delivered_at >= placed_at)
);

-- "Your orders" and "sold" lists, newest first, keyset-paged; existsBetween uses the buyer one.
CREATE INDEX orders_buyer_idx ON orders (buyer_id, placed_at DESC, id DESC);
CREATE INDEX orders_seller_idx ON orders (seller_id, placed_at DESC, id DESC);

CREATE TABLE order_line_item (
    order_id  text    NOT NULL REFERENCES orders (id),
    position  integer NOT NULL CHECK (position >= 0),
    title     text    NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    quantity  integer NOT NULL CHECK (quantity >= 1),
    sku       text,
    PRIMARY KEY (order_id, position)
);
