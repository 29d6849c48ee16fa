-- Search vectors whose cost per reply does not grow with the thread (issue 19).
--
-- Until now every reply appended its text with positions (search = search || to_tsvector(body))
-- to both inbox rows, so a thread's vector grew with every message (about 28 KB, TOASTed, on
-- the benchmark's long threads) and every reply rewrote it whole. Now a row's vector holds
-- each lexeme once, without positions (strip), plus one token naming the row's owner
-- ('owner <id>', a lexeme the parser never produces: it has a space), which lets a rum index
-- find one party's matches in time order (see afterMigrate__search_rum.sql). A reply adds only
-- the lexemes the vector does not have yet, and none once it holds parley_search_cap() of
-- them; when it brings nothing new the row keeps its vector (and its TOAST value) as it is.
-- Queries match without positions: phrase operators become AND (parley_search_query), so
-- "walnut finish" in quotes finds threads with both words, and an order id
-- 123-4567890-1234567 still finds its thread.

CREATE FUNCTION parley_search_cap() RETURNS integer
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN 1000;

CREATE FUNCTION parley_search_owner(owner bigint) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_tsvector(ARRAY['owner ' || owner]);

-- The vector after one more message: its new lexemes, up to the cap.
CREATE FUNCTION parley_search_add(current tsvector, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT CASE WHEN length(n.fresh) = 0 OR length(current) >= parley_search_cap() THEN current
                        ELSE current || array_to_tsvector((tsvector_to_array(n.fresh))[1:parley_search_cap() - length(current)])
                   END
            FROM (SELECT ts_delete(strip(to_tsvector('parley_search', body)), tsvector_to_array(current)) AS fresh) n);

-- The vector of a new inbox row: the header (order id, counterpart, subject) and the first
-- message the owner may see.
CREATE FUNCTION parley_search_vector(owner bigint, header text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN parley_search_add(strip(to_tsvector('parley_search', header)) || parley_search_owner(owner), body);

-- What a search box's text matches: websearch syntax (quotes, OR, -word), phrases as AND.
CREATE FUNCTION parley_search_query(query text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN regexp_replace(websearch_to_tsquery('parley_search', query)::text, '<(-|[0-9]+)>', '&', 'g')::tsquery;

-- The same within one owner's rows (an empty query stays empty and matches nothing).
CREATE FUNCTION parley_search_query(query text, owner bigint) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT CASE WHEN numnode(q.q) = 0 THEN q.q ELSE q.q && ('''owner ' || owner || '''')::tsquery END
            FROM (SELECT parley_search_query(query) AS q) q);

-- Existing rows: lexemes only, the owner token added. Rows already past the cap keep all
-- their lexemes and take no more.
UPDATE inbox_entry SET search = strip(search) || parley_search_owner(owner_id);
