-- Webhook endpoints and their deliveries. An endpoint tails its owner's changes feed with
-- a cursor (feed_position): the dispatcher copies the feed rows of the chosen types into
-- webhook_delivery and moves the cursor in one transaction, then delivers the endpoint's
-- pending rows oldest first, one at a time (so in order per thread), under a lease.
CREATE TABLE webhook_endpoint (
    id                    bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_id              bigint      NOT NULL REFERENCES account (id),
    url                   text        NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
    description           text        NOT NULL DEFAULT '',
    event_types           text[]      NOT NULL CHECK (cardinality(event_types) > 0),
    secret                text        NOT NULL,
    -- The secret before the last rotation, still signed with until previous_valid_until.
    previous_secret       text,
    previous_valid_until  timestamptz,
    enabled               boolean     NOT NULL DEFAULT true,
    disabled_reason       text,
    consecutive_failures  integer     NOT NULL DEFAULT 0,
    feed_position         bigint      NOT NULL,
    next_attempt_at       timestamptz NOT NULL,
    lease_token           uuid,
    lease_until           timestamptz,
    created_at            timestamptz NOT NULL
);

CREATE INDEX webhook_endpoint_owner_idx ON webhook_endpoint (owner_id, id);
CREATE INDEX webhook_endpoint_due_idx ON webhook_endpoint (next_attempt_at) WHERE enabled;

CREATE TABLE webhook_delivery (
    id               bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    endpoint_id      bigint      NOT NULL REFERENCES webhook_endpoint (id),
    -- The webhook-id: evt_<feed position>, the same on every attempt and redelivery.
    event_id         text        NOT NULL,
    type             text        NOT NULL,
    payload          text        NOT NULL,
    status           text        NOT NULL CHECK (status IN ('PENDING', 'SUCCEEDED')),
    attempts         integer     NOT NULL DEFAULT 0,
    created_at       timestamptz NOT NULL,
    last_attempt_at  timestamptz,
    last_status      integer,
    last_latency_ms  integer,
    last_error       text,
    response_excerpt text
);

CREATE INDEX webhook_delivery_pending_idx ON webhook_delivery (endpoint_id, id) WHERE status = 'PENDING';
CREATE INDEX webhook_delivery_log_idx ON webhook_delivery (endpoint_id, id DESC);
