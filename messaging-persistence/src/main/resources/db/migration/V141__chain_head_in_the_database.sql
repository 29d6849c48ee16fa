-- The thread's chain head (last_hash) is kept by the database, not by the application:
-- every message stored must continue its thread's chain (its prev_hash is the thread's
-- head at that moment) and becomes the new head. The function runs as the owner
-- (SECURITY DEFINER, with a fixed search_path so that no object of another schema can
-- stand in for the table), which lets R__runtime_role_grants take UPDATE (last_hash) away
-- from the runtime role: the role that writes messages can neither move a head back
-- (hiding a dropped tail) nor point it elsewhere. Writers hold the thread's row lock, so
-- the head read here is the one the writer chained to.
CREATE FUNCTION message_chain_head() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS
$$
BEGIN
    UPDATE public.thread SET last_hash = NEW.hash WHERE id = NEW.thread_id AND last_hash = NEW.prev_hash;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'message % of thread % does not continue the thread''s hash chain', NEW.seq, NEW.thread_id
            USING ERRCODE = 'integrity_constraint_violation',
                  HINT = 'prev_hash must equal thread.last_hash when the message is stored';
    END IF;
    RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION message_chain_head() FROM PUBLIC;

CREATE TRIGGER message_chain_head AFTER INSERT ON message
    FOR EACH ROW EXECUTE FUNCTION message_chain_head();
