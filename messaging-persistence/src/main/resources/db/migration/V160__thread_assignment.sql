-- Issue 16 (seller teams): assignment of threads to a member of the seller's team (or to
-- the owner), round-robin assignment of new buyer threads, and the inbox filters "Mine"
-- and "Unassigned".

-- Every assignment and every change is a thread event: ASSIGNED (to the member in
-- assignee_member_id, or to the owner when it is null) or UNASSIGNED. actor_member_id is
-- the member who assigned (null: the owner, or the system for round-robin, actor_id null).
-- reason says how: MANUAL or ROUND_ROBIN.
ALTER TABLE thread_event DROP CONSTRAINT thread_event_type_check;
ALTER TABLE thread_event ADD CONSTRAINT thread_event_type_check
    CHECK (type IN ('READ', 'UNREAD', 'NO_RESPONSE_NEEDED', 'REPORT', 'FLAG', 'ASSIGNED', 'UNASSIGNED'));
ALTER TABLE thread_event ADD COLUMN actor_member_id bigint REFERENCES seller_member (id);
ALTER TABLE thread_event ADD COLUMN assignee_member_id bigint REFERENCES seller_member (id);
ALTER TABLE thread_event ADD CONSTRAINT thread_event_assignee_check
    CHECK (type = 'ASSIGNED' OR assignee_member_id IS NULL);

-- Assignments are the seller's business: the live channel tells the seller's pages only.
CREATE OR REPLACE FUNCTION thread_event_notify() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM notify_thread_change(NEW.thread_id, NEW.type, NEW.type IN ('ASSIGNED', 'UNASSIGNED'));
    RETURN NULL;
END
$$;

-- The current assignee, on the seller's inbox row (the filters read it there), written
-- with the event under the thread's lock. Buyers' rows are never assigned.
ALTER TABLE inbox_entry ADD COLUMN assigned boolean NOT NULL DEFAULT false;
ALTER TABLE inbox_entry ADD COLUMN assignee_member_id bigint REFERENCES seller_member (id);
ALTER TABLE inbox_entry ADD COLUMN assigned_at timestamptz;
ALTER TABLE inbox_entry ADD CONSTRAINT inbox_entry_assignee_check
    CHECK ((assigned OR assignee_member_id IS NULL) AND (assigned = (assigned_at IS NOT NULL)));

-- "Mine" (a member's, or the owner's: assignee_member_id IS NULL) and "Unassigned", newest
-- activity first, as keyset scans.
CREATE INDEX inbox_assigned_idx ON inbox_entry (owner_id, assignee_member_id, last_activity_at DESC, thread_id DESC)
    WHERE assigned;
CREATE INDEX inbox_unassigned_idx ON inbox_entry (owner_id, last_activity_at DESC, thread_id DESC)
    WHERE owner_role = 'SELLER' AND NOT assigned;

-- Per seller: whether new buyer threads are assigned in turn, and whose turn was last.
-- Mutable, never deleted. New threads of one seller lock this row (FOR UPDATE) while they
-- pick the next member, so concurrent new threads take turns instead of sharing one.
CREATE TABLE seller_assignment_settings (
    seller_id       bigint      PRIMARY KEY REFERENCES account (id),
    round_robin     boolean     NOT NULL,
    last_member_id  bigint      REFERENCES seller_member (id),
    updated_at      timestamptz NOT NULL
);
