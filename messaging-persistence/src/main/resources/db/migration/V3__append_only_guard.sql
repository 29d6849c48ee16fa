-- The permanent record is append-only in the database itself: every append-only table gets
-- a statement-level BEFORE UPDATE OR DELETE trigger and a separate BEFORE TRUNCATE trigger
-- that raise this error, for every role including the owner (a superuser can only get
-- around them by disabling the triggers, which the chain verifier then exposes).

CREATE FUNCTION reject_change_of_record() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '% on % is not allowed: the table is part of the permanent record (append-only)',
        TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'restrict_violation';
END
$$;

-- Makes a table append-only; called by the migrations that create such tables.
CREATE PROCEDURE make_append_only(target regclass)
    LANGUAGE plpgsql AS
$$
DECLARE
    name text := (SELECT relname FROM pg_class WHERE oid = target);
BEGIN
    EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON %s FOR EACH STATEMENT '
                   'EXECUTE FUNCTION reject_change_of_record()', name || '_append_only', target);
    EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %s FOR EACH STATEMENT '
                   'EXECUTE FUNCTION reject_change_of_record()', name || '_no_truncate', target);
END
$$;
