-- Issue 15 (seller inbox): attachment marker and sort orders on inbox rows, "mark unread"
-- as a thread event, and the marketplace's listing feed for pre-sale questions.

-- Files attached to the messages the row's owner may see (a buyer's row never counts a
-- withheld message's files). Kept by the append, like message_count.
ALTER TABLE inbox_entry ADD COLUMN attachment_count integer NOT NULL DEFAULT 0 CHECK (attachment_count >= 0);

UPDATE inbox_entry e
SET attachment_count = CASE WHEN e.owner_role = 'SELLER' THEN y.files ELSE y.visible_files END
FROM (SELECT m.thread_id, count(*) AS files, count(*) FILTER (WHERE m.visible_to = 'BOTH') AS visible_files
      FROM message m JOIN message_attachment l ON l.message_id = m.id GROUP BY m.thread_id) y
WHERE e.thread_id = y.thread_id;

-- "Needs response" by newest or oldest activity (due soonest uses inbox_needs_response_idx;
-- the other filters' oldest-first pages walk their indexes backwards).
CREATE INDEX inbox_needs_response_activity_idx ON inbox_entry (owner_id, last_activity_at DESC, thread_id DESC)
    WHERE due_at IS NOT NULL;

-- "Mark unread": a party sets its own read mark back to before the other party's last
-- message. Recorded like a read mark (read_seq = the mark after the event).
ALTER TABLE thread_event DROP CONSTRAINT thread_event_type_check;
ALTER TABLE thread_event ADD CONSTRAINT thread_event_type_check
    CHECK (type IN ('READ', 'UNREAD', 'NO_RESPONSE_NEEDED', 'REPORT', 'FLAG'));

-- Listings as the marketplace's catalogue reports them (mutable: the feed updates titles
-- and images). The image is an https URL the pages never load (CSP, the buyer's privacy);
-- it is kept for integrators.
CREATE TABLE listing (
    id          text        PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
    seller_id   bigint      NOT NULL REFERENCES account (id),
    title       text        NOT NULL CHECK (length(title) BETWEEN 1 AND 500),
    image_url   text        CHECK (image_url IS NULL OR (image_url ~ '^https://' AND length(image_url) <= 2000)),
    updated_at  timestamptz NOT NULL
);

CREATE INDEX listing_seller_idx ON listing (seller_id, id);
