-- Runs after every migration (every start of the application and of the tools that migrate):
-- when the server offers the rum extension, search uses a rum index that stores each row's
-- last activity with its lexemes, ordered by it, so that a search returns a page of the
-- newest matches without visiting the others (JdbcInbox asks for inbox_search_rum_idx).
-- On a stock server, or when the owner role may not create the extension, a GIN index on
-- the vector (its lexemes name their owner since V170). Creating the extension needs the
-- rights of a database owner or superuser; the runtime role never runs this.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum')
            AND EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'rum') THEN
        BEGIN
            CREATE EXTENSION IF NOT EXISTS rum;
        EXCEPTION WHEN insufficient_privilege THEN
            RAISE NOTICE 'rum is available but this role may not create it; search uses the GIN index';
        END;
    END IF;
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'rum') THEN
        IF to_regclass('inbox_search_rum_idx') IS NULL THEN
            CREATE INDEX inbox_search_rum_idx ON inbox_entry
                USING rum (search rum_tsvector_addon_ops, last_activity_at)
                WITH (attach = 'last_activity_at', to = 'search', order_by_attach = 't');
        END IF;
        -- The rum index answers every search the GIN index did; one index less per reply.
        DROP INDEX IF EXISTS inbox_search_idx;
    ELSIF to_regclass('inbox_search_idx') IS NULL THEN
        CREATE INDEX inbox_search_idx ON inbox_entry USING gin (search);
    END IF;
END
$$;
