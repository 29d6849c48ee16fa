-- The changes feed: every event of the permanent record, per party who may see it, in one
-- order that never changes once read. Integrators page it (GET /api/v1/changes) and the
-- webhook dispatcher tails it per endpoint.
--
-- Two stages, because commit order is not sequence order when writers run concurrently:
--
-- 1. change_log (the outbox): AFTER INSERT triggers on message, thread_event,
--    admin_decision and platform_notice write one row per party who may see the event, in
--    the writer's own transaction, with the writer's transaction id (xid8). Nothing in the
--    send path calls anything: an event exists exactly when its record was committed.
-- 2. change_feed: the sequencer (one at a time: it locks change_sequencer) moves rows whose
--    transaction is older than the oldest one still running (xid < pg_snapshot_xmin of the
--    current snapshot) into the feed with the next positions, and deletes them from the log.
--    Such rows are final: no transaction that could still add a row below that horizon
--    exists, so a later sequencer never finds an older row it should have placed first.
--    A row is held back while an earlier row of the same thread (a smaller log id: writers
--    of a thread hold its lock, so log ids follow the thread's order) is not yet final, and
--    within a batch each thread's rows take the batch's slots in log-id order: the feed is
--    in order per thread even when the later writer of a thread had the older transaction.
--    Sequencers commit in position order, so a reader never sees a position before a
--    smaller one is visible: keyset paging by position skips and repeats nothing.

CREATE TABLE change_log (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    xid          xid8        NOT NULL DEFAULT pg_current_xact_id(),
    party_id     bigint      NOT NULL,
    type         text        NOT NULL,
    thread_id    bigint,
    occurred_at  timestamptz NOT NULL,
    data         jsonb       NOT NULL
);

CREATE INDEX change_log_xid_idx ON change_log (xid, id);
CREATE INDEX change_log_thread_idx ON change_log (thread_id, id) WHERE thread_id IS NOT NULL;

CREATE TABLE change_feed (
    position     bigint      NOT NULL,
    party_id     bigint      NOT NULL REFERENCES account (id),
    type         text        NOT NULL,
    thread_id    bigint,
    occurred_at  timestamptz NOT NULL,
    data         jsonb       NOT NULL,
    PRIMARY KEY (party_id, position)
);

CALL make_append_only('change_feed');

-- The last position handed out; its row lock serializes sequencers.
CREATE TABLE change_sequencer (
    singleton      boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    last_position  bigint  NOT NULL
);

INSERT INTO change_sequencer (last_position) VALUES (0);

CREATE FUNCTION change_from_message() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    t           record;
    d           jsonb;
    seller_type text;
    buyer_type  text;
BEGIN
    SELECT buyer_id, seller_id, order_id INTO t FROM thread WHERE id = NEW.thread_id;
    d := jsonb_build_object('threadId', NEW.thread_id, 'orderId', t.order_id, 'messageId', NEW.id,
                            'seq', NEW.seq, 'sender', NEW.sender, 'action', NEW.action, 'topic', NEW.topic,
                            'subject', NEW.subject, 'text', NEW.body_text, 'sentAt', NEW.sent_at,
                            'delivery', NEW.delivery, 'important', NEW.important, 'proactive', NEW.proactive);
    IF NEW.sender = 'BUYER' THEN
        seller_type := 'message.received';
        buyer_type := 'message.sent';
    ELSIF NEW.sender = 'SELLER' THEN
        seller_type := CASE
            WHEN NEW.delivery <> 'DELIVERED' THEN 'message.withheld'
            WHEN NEW.action = 'REQUEST_REVIEW' THEN 'review_request.sent'
            ELSE 'message.sent' END;
        buyer_type := 'message.received';
    ELSE
        seller_type := 'message.note';
        buyer_type := 'message.note';
    END IF;
    INSERT INTO change_log (party_id, type, thread_id, occurred_at, data)
    VALUES (t.seller_id, seller_type, NEW.thread_id, NEW.sent_at, d);
    IF NEW.visible_to = 'BOTH' THEN
        INSERT INTO change_log (party_id, type, thread_id, occurred_at, data)
        VALUES (t.buyer_id, buyer_type, NEW.thread_id, NEW.sent_at, d);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER message_changes AFTER INSERT ON message
    FOR EACH ROW EXECUTE FUNCTION change_from_message();

-- Read marks go to both participants, "No response needed" to the seller, a report to
-- whoever made it; flags are for admins only (the seller learns of the decision).
CREATE FUNCTION change_from_thread_event() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    t     record;
    d     jsonb;
    actor text;
BEGIN
    IF NEW.type = 'FLAG' THEN
        RETURN NULL;
    END IF;
    SELECT buyer_id, seller_id, order_id INTO t FROM thread WHERE id = NEW.thread_id;
    actor := CASE WHEN NEW.actor_id = t.buyer_id THEN 'BUYER' WHEN NEW.actor_id = t.seller_id THEN 'SELLER'
                  WHEN NEW.actor_id IS NULL THEN 'SYSTEM' ELSE 'ADMIN' END;
    d := jsonb_build_object('threadId', NEW.thread_id, 'orderId', t.order_id, 'eventId', NEW.id,
                            'actor', actor, 'messageId', NEW.message_id, 'readSeq', NEW.read_seq, 'at', NEW.at);
    IF NEW.type = 'READ' THEN
        INSERT INTO change_log (party_id, type, thread_id, occurred_at, data)
        VALUES (t.seller_id, 'thread.read', NEW.thread_id, NEW.at, d),
               (t.buyer_id, 'thread.read', NEW.thread_id, NEW.at, d);
    ELSIF NEW.type = 'NO_RESPONSE_NEEDED' THEN
        INSERT INTO change_log (party_id, type, thread_id, occurred_at, data)
        VALUES (t.seller_id, 'thread.no_response_needed', NEW.thread_id, NEW.at, d);
    ELSIF NEW.type = 'REPORT' AND NEW.actor_id IN (t.buyer_id, t.seller_id) THEN
        INSERT INTO change_log (party_id, type, thread_id, occurred_at, data)
        VALUES (NEW.actor_id, 'thread.reported', NEW.thread_id, NEW.at,
                d || jsonb_build_object('reason', NEW.reason));
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER thread_event_changes AFTER INSERT ON thread_event
    FOR EACH ROW EXECUTE FUNCTION change_from_thread_event();

CREATE FUNCTION change_from_decision() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    thread bigint;
BEGIN
    SELECT thread_id INTO thread FROM flag WHERE id = NEW.flag_id;
    INSERT INTO change_log (party_id, type, thread_id, occurred_at, data)
    VALUES (NEW.seller_id, CASE WHEN NEW.flag_id IS NULL THEN 'standing.decided' ELSE 'flag.decided' END,
            thread, NEW.decided_at,
            jsonb_build_object('decisionId', NEW.id, 'decision', NEW.kind, 'flagId', NEW.flag_id,
                               'threadId', thread, 'reason', NEW.reason, 'decidedAt', NEW.decided_at));
    RETURN NULL;
END
$$;

CREATE TRIGGER admin_decision_changes AFTER INSERT ON admin_decision
    FOR EACH ROW EXECUTE FUNCTION change_from_decision();

CREATE FUNCTION change_from_notice() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    INSERT INTO change_log (party_id, type, thread_id, occurred_at, data)
    VALUES (NEW.seller_id, 'notice.created', NULL, NEW.created_at,
            jsonb_build_object('noticeId', NEW.id, 'kind', NEW.kind, 'subject', NEW.subject, 'text', NEW.body,
                               'decisionId', NEW.decision_id, 'createdAt', NEW.created_at));
    RETURN NULL;
END
$$;

CREATE TRIGGER platform_notice_changes AFTER INSERT ON platform_notice
    FOR EACH ROW EXECUTE FUNCTION change_from_notice();

-- Response-clock alerts (thread.due_soon, thread.overdue): time passing writes no record,
-- so a scanner writes them, once per awaiting period and kind.
CREATE TABLE thread_due_alert (
    thread_id       bigint      NOT NULL REFERENCES thread (id),
    awaiting_since  timestamptz NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('thread.due_soon', 'thread.overdue')),
    created_at      timestamptz NOT NULL,
    PRIMARY KEY (thread_id, awaiting_since, kind)
);

CREATE INDEX thread_awaiting_idx ON thread (awaiting_since) WHERE awaiting_since IS NOT NULL;
