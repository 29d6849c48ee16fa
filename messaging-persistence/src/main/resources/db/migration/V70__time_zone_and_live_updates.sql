-- Each account's time zone (an IANA id such as Europe/Berlin), in which pages show times.
-- Null until the account (or its browser, on first sign-in) chooses one: pages show UTC.
ALTER TABLE account ADD COLUMN time_zone text CHECK (time_zone IS NULL OR length(time_zone) BETWEEN 1 AND 64);

-- Live updates: every message and thread event stored tells the application instances, in
-- the writer's transaction (so a notification goes out exactly when the row commits, and
-- never for a rolled-back send). Each instance LISTENs on one connection and forwards the
-- change to the parties' open pages. The payload names the thread, its two parties, the
-- kind of change and, for messages, whether the buyer may see it.
-- One function per table: PL/pgSQL plans NEW.<column> against the row type, so a shared
-- body could not name columns that only one table has.
CREATE FUNCTION notify_thread_change(changed bigint, change_kind text, seller_only boolean) RETURNS void
    LANGUAGE sql AS $$
    SELECT pg_notify('parley_thread_change', json_build_object(
        'thread', t.id, 'buyer', t.buyer_id, 'seller', t.seller_id, 'kind', change_kind, 'sellerOnly', seller_only)::text)
    FROM thread t WHERE t.id = changed
$$;

CREATE FUNCTION message_notify() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM notify_thread_change(NEW.thread_id, 'MESSAGE', NEW.visible_to = 'SELLER');
    RETURN NULL;
END
$$;

CREATE FUNCTION thread_event_notify() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM notify_thread_change(NEW.thread_id, NEW.type, false);
    RETURN NULL;
END
$$;

CREATE TRIGGER message_notify AFTER INSERT ON message
    FOR EACH ROW EXECUTE FUNCTION message_notify();

CREATE TRIGGER thread_event_notify AFTER INSERT ON thread_event
    FOR EACH ROW EXECUTE FUNCTION thread_event_notify();
