-- Search lexemes that name their owner (issue 19).
--
-- Since V110 a row's vector held its lexemes plus one token, 'owner <id>', and a seller's
-- search asked the index for 'novak' & 'owner 7'. Neither rum nor GIN can stop early: they
-- read every entry of every key in the query. The owner token's entry lists all of the
-- owner's rows, so a search read the whole inbox's worth of index entries (100,000 items,
-- about 600 index pages, 4.4 ms, at 1,000,000 messages) and grew with the inbox.
--
-- Now every lexeme carries its owner: 'novak@7'. A seller's search reads the entry of
-- their own matches and nothing else; an admin's (all sellers) asks for the prefix
-- 'novak@':* and reads the matches of every owner. The @ and the digits after the last one
-- are ours: a lexeme is read from the right, so 'jane@example.com@7' is the address
-- 'jane@example.com' of owner 7.

CREATE FUNCTION parley_search_owned(lexemes tsvector, owner bigint) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN array_to_tsvector(ARRAY(SELECT l || '@' || owner FROM unnest(tsvector_to_array(lexemes)) l));

-- The vector after one more message: its new lexemes, up to the cap (as V110, owned).
CREATE FUNCTION parley_search_add(current tsvector, body text, owner bigint) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN (SELECT CASE WHEN length(n.fresh) = 0 OR length(current) >= parley_search_cap() THEN current
                        ELSE current || array_to_tsvector((tsvector_to_array(n.fresh))[1:parley_search_cap() - length(current)])
                   END
            FROM (SELECT ts_delete(parley_search_owned(to_tsvector('parley_search', body), owner),
                                   tsvector_to_array(current)) AS fresh) n);

CREATE OR REPLACE FUNCTION parley_search_vector(owner bigint, header text, body text) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN parley_search_add(parley_search_owned(to_tsvector('parley_search', header), owner), body, owner);

-- One owner's rows: every lexeme of the query with the owner (an empty query stays empty).
CREATE OR REPLACE FUNCTION parley_search_query(query text, owner bigint) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN regexp_replace(parley_search_query(query)::text, '''((?:[^'']|'''')+)''', '''\1@' || owner || '''', 'g')::tsquery;

-- Every owner's rows (the admin's search): every lexeme as a prefix, 'novak@':*.
CREATE FUNCTION parley_search_any_owner(query text) RETURNS tsquery
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN regexp_replace(parley_search_query(query)::text, '''((?:[^'']|'''')+)''', '''\1@'':*', 'g')::tsquery;

DROP FUNCTION parley_search_add(tsvector, text);
DROP FUNCTION parley_search_owner(bigint);

-- Existing rows: the owner token goes, every lexeme takes the owner. The search indexes
-- are made again after the rewrite by afterMigrate__search_rum.sql (rum, or GIN on the
-- vector alone: the owner is in every lexeme now).
DROP INDEX IF EXISTS inbox_search_rum_idx;
DROP INDEX IF EXISTS inbox_search_idx;
UPDATE inbox_entry SET search = parley_search_owned(ts_delete(search, 'owner ' || owner_id), owner_id);
