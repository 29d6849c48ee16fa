-- Parley data generator: adds ${threads} threads with ${messages} messages in all between
-- the seller ${seller_email} (created when missing) and ${buyers} new buyers, set-based.
-- Everything the append path keeps is produced the same way: sequence numbers, hash
-- chains (the canonical form of dev.parley.core.chain.CanonicalForm, computed with
-- sha256() in a window aggregate), thread summaries, both parties' inbox rows with their
-- search vectors, read marks, response records, open flags and the inbox counters.
-- Not generated: attachments, redactions, undelivered messages and system notes.
-- Runs as the owner role; ${run} makes the new buyers' addresses unique.

SET client_min_messages = warning;
SET work_mem = '256MB';
SET synchronous_commit = off;

CREATE SCHEMA IF NOT EXISTS parley_gen;

CREATE OR REPLACE FUNCTION parley_gen.str(value text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT AS
$$ SELECT int4send(octet_length(convert_to(value, 'UTF8'))) || convert_to(value, 'UTF8') $$;

CREATE OR REPLACE FUNCTION parley_gen.link(previous bytea, canonical bytea) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT AS
$$ SELECT sha256(previous || canonical) $$;

CREATE OR REPLACE AGGREGATE parley_gen.chain(bytea) (
    SFUNC = parley_gen.link,
    STYPE = bytea,
    INITCOND = '\x0000000000000000000000000000000000000000000000000000000000000000'
);

BEGIN;

INSERT INTO account (email, display_name, password_hash, role, language)
VALUES ('${seller_email}', 'Northwind Outfitters', '{noop}parley-demo', 'SELLER', 'en')
ON CONFLICT DO NOTHING;

CREATE TEMP TABLE gen_seller ON COMMIT DROP AS
SELECT id FROM account WHERE lower(email) = lower('${seller_email}');

-- Buyers: names from two lists (so that names repeat, as in life), 15 % business buyers.
CREATE TEMP TABLE gen_buyer ON COMMIT DROP AS
WITH names AS (
    SELECT ARRAY['Ben','Ana','Devon','Ingrid','Yuki','Lars','Amara','Mateo','Chloé','Omar','Priya','Jonas',
                 'Lucía','Kenji','Fatima','Noah','Elena','Tomás','Sofia','Malik','Hannah','Ravi','Zoë','Felix',
                 'Aiko','Marta','Pierre','Leila','Oscar','Nadia','Emil','Rosa','Hugo','Ines','Samir','Clara',
                 'Björn','Mei','Diego','Greta'] AS first,
           ARRAY['Carter','García','Lee','Novak','Tanaka','Berg','Okafor','Rossi','Dubois','Haddad','Sharma',
                 'Müller','Fernández','Sato','Khan','Walsh','Petrova','Núñez','Costa','Reyes','Schmidt','Iyer',
                 'Moreau','Weber','Kato','Silva','Lambert','Aziz','Lindqvist','Ivanova','Jensen','Romero','Fischer',
                 'Santos','Nasser','Vogel','Wang','Ortega','Holm','Kowalski'] AS last
)
SELECT i,
       CASE WHEN i % 7 = 3 THEN n.last[1 + (i * 13) % 40] || ' ' ||
                 (ARRAY['Facilities Ltd','Supplies GmbH','Office SA','Trading Co','Services Inc'])[1 + i % 5]
            ELSE n.first[1 + i % 40] || ' ' || n.last[1 + (i * 13 + i / 40) % 40] END AS name,
       i % 7 = 3 AS business
FROM generate_series(1, ${buyers}) AS i, names n;

WITH inserted AS (
    INSERT INTO account (email, display_name, password_hash, role, language, business_buyer)
    SELECT 'gen-${run}-' || i || '@buyers.parley.test', name, '{noop}parley-demo', 'BUYER',
           (ARRAY['en','en','en','de','es','fr','ja'])[1 + i % 7], business
    FROM gen_buyer ORDER BY i
    RETURNING id, email
)
SELECT count(*) FROM inserted;

ALTER TABLE gen_buyer ADD COLUMN id bigint;
UPDATE gen_buyer g SET id = a.id FROM account a WHERE a.email = 'gen-${run}-' || g.i || '@buyers.parley.test';
ANALYZE gen_buyer;

-- Threads: one buyer each (round robin), mostly about an order; each buyer's first thread
-- is sometimes a pre-sale question. k messages, averaging ${messages} / ${threads}.
-- The last message is the buyer's in one thread of seven (awaiting an answer).
CREATE TEMP TABLE gen_thread ON COMMIT DROP AS
SELECT n,
       nextval(pg_get_serial_sequence('thread', 'id')) AS id,
       1 + (n - 1) % ${buyers} AS buyer_i,
       NOT (n <= ${buyers} AND n % 8 = 0) AS has_order,
       greatest(1, ${messages} / ${threads} + (n % 19) - 9) AS k,
       n % 7 = 0 AS buyer_last,
       n % 200 = 17 AS flagged,
       n % 4 <> 0 AS seller_read_all,
       n % 3 <> 0 AS buyer_read_all,
       (ARRAY['Where is my parcel?','Question about sizes','Return request','Damaged on arrival',
              'Delivery appointment','Invoice needed','Colour options','Assembly instructions',
              'Missing screws','Bulk order enquiry','Gift wrapping','Warranty question'])[1 + n % 12] AS subject,
       (ARRAY['ORDER_STATUS','RETURN_REFUND','PRODUCT_QUESTION','SHIPPING','OTHER'])[1 + n % 5] AS topic,
       -- Start times skewed towards the present, within the last year.
       now() - (random() ^ 2) * interval '365 days' AS start_at,
       interval '10 minutes' + random() * interval '14 hours' AS gap
FROM generate_series(1, ${threads}) AS n;
ANALYZE gen_thread;

-- Exactly ${messages} messages: the last thread absorbs the rounding.
UPDATE gen_thread SET k = k + (${messages} - (SELECT sum(k) FROM gen_thread))
WHERE n = ${threads} AND k + (${messages} - (SELECT sum(k) FROM gen_thread)) >= 1;

-- Threads must not end in the future.
UPDATE gen_thread SET start_at = now() - interval '5 minutes' - (k - 1) * gap - random() * interval '3 hours'
WHERE start_at + (k - 1) * gap > now() - interval '5 minutes';

ALTER TABLE gen_thread ADD COLUMN buyer_id bigint, ADD COLUMN order_id text, ADD COLUMN seller_id bigint;
UPDATE gen_thread t
SET buyer_id = b.id,
    seller_id = (SELECT id FROM gen_seller),
    order_id = CASE WHEN t.has_order THEN
        lpad((t.id % 1000)::text, 3, '0') || '-' || lpad(((t.id / 1000) % 10000000)::text, 7, '0') || '-' ||
        lpad((floor(random() * 10000000))::bigint::text, 7, '0') END
FROM gen_buyer b WHERE b.i = t.buyer_i;

INSERT INTO orders (id, buyer_id, seller_id, placed_at, shipped_at, delivered_at)
SELECT order_id, buyer_id, seller_id, start_at - interval '3 days', start_at - interval '2 days',
       CASE WHEN n % 5 <> 0 THEN start_at - interval '1 day' END
FROM gen_thread WHERE has_order;

INSERT INTO order_line_item (order_id, position, title, quantity, sku)
SELECT order_id, 0,
       (ARRAY['Walnut desk organizer','Linen lamp shade','Oak dining chair','Steel shelf unit','Wool throw',
              'Ceramic vase','Tabletop easel','Bamboo cutting board'])[1 + n % 8], 1 + n % 3, 'SKU-' || n % 500
FROM gen_thread WHERE has_order;

-- Messages. Senders alternate so that the last one is the buyer's where buyer_last; a
-- thread whose first message is the seller's starts with a proactive action.
CREATE TEMP TABLE gen_msg ON COMMIT DROP AS
WITH raw AS (
    SELECT t.id AS thread_id, t.n, j + 1 AS seq, t.subject AS thread_subject, t.topic,
           CASE WHEN (j + (t.k - 1 + CASE WHEN t.buyer_last THEN 0 ELSE 1 END)) % 2 = 0 THEN 'BUYER' ELSE 'SELLER' END AS sender,
           date_trunc('milliseconds', t.start_at + j * t.gap + random() * interval '5 minutes')
               + (floor(random() * 1000) * interval '1 microsecond') AS sent_at,
           t.buyer_id, t.seller_id, j
    FROM gen_thread t, generate_series(0, t.k - 1) AS j
)
SELECT thread_id, seq, sender,
       CASE sender WHEN 'BUYER' THEN buyer_id ELSE seller_id END AS author_id,
       CASE WHEN sender = 'BUYER' THEN 'BUYER_QUESTION'
            WHEN j = 0 THEN (ARRAY['CONFIRM_DELIVERY_DETAILS','UNEXPECTED_PROBLEM','SEND_INVOICE',
                                   'PRODUCT_INSTRUCTIONS','SHIPPING_ADDRESS_ISSUE'])[1 + n % 5]
            ELSE 'REPLY' END AS action,
       CASE WHEN sender = 'BUYER' THEN topic END AS topic,
       thread_subject,
       sent_at,
       sender = 'SELLER' AND j = 0 AS proactive,
       sender = 'SELLER' AND j = 0 AND n % 5 IN (0, 4) AS important,
       CASE WHEN sender = 'SELLER' AND j = 0 AND n % 5 IN (0, 4) THEN '[Important] ' ELSE '' END
       || CASE WHEN j = 0 THEN thread_subject ELSE 'Re: ' || thread_subject END AS subject,
       CASE sender WHEN 'BUYER' THEN
           (ARRAY['Hello, could you tell me when my order will arrive?','The box arrived with a dent in one corner.',
                  'Is this available in a darker colour?','I would like to return one of the items.',
                  'Can you send me an invoice for my company?','Which screws do I need for the wall mount?',
                  'Could you deliver on a Saturday morning?','The tabletop has a small scratch near the edge.',
                  'Do you offer a warranty on the hinges?','My tracking number has not updated for days.'])[1 + (n + j) % 10]
           || ' ' ||
           (ARRAY['Thanks in advance.','Kind regards.','It is a gift, so timing matters.','I am not in a hurry.',
                  'Photos are attached to my earlier note.','Please let me know.','Many thanks for your help.'])[1 + (n * 3 + j) % 7]
       ELSE
           (ARRAY['Thank you for your message.','Sorry for the trouble.','Good news:','We checked with the carrier.',
                  'Thanks for letting us know.'])[1 + (n + j) % 5]
           || ' ' ||
           (ARRAY['Your parcel left our warehouse yesterday and should arrive within three days.',
                  'We will send a replacement part free of charge.','The darker walnut finish is back in stock next week.',
                  'You can return the item within thirty days; the label is in your order page.',
                  'The invoice is available on your order page.','The wall mount uses the four short screws in bag B.',
                  'Saturday delivery is possible for large items.','The warranty covers hinges for two years.'])[1 + (n * 7 + j) % 8]
       END AS body_text
FROM raw;

ANALYZE gen_msg;

-- Per-thread facts for the summaries.
CREATE TEMP TABLE gen_stat ON COMMIT DROP AS
SELECT m.thread_id, count(*) AS k, min(m.sent_at) AS first_at, max(m.sent_at) AS last_at,
       coalesce(max(m.seq) FILTER (WHERE m.sender = 'BUYER'), 0) AS last_buyer_seq,
       coalesce(max(m.seq) FILTER (WHERE m.sender = 'SELLER'), 0) AS last_seller_seq,
       max(m.sent_at) FILTER (WHERE m.sender = 'BUYER') AS last_buyer_at,
       max(m.sent_at) FILTER (WHERE m.sender = 'SELLER') AS last_seller_at,
       (array_agg(m.body_text ORDER BY m.seq DESC))[1] AS last_text,
       (array_agg(m.sender ORDER BY m.seq DESC))[1] AS last_sender,
       string_agg(CASE WHEN m.subject = m.thread_subject THEN m.body_text ELSE m.subject || ' ' || m.body_text END,
                  ' ' ORDER BY m.seq) AS search_text
FROM gen_msg m GROUP BY m.thread_id;

ALTER TABLE gen_stat ADD COLUMN awaiting_since timestamptz;
UPDATE gen_stat s SET awaiting_since = a.awaiting
FROM (SELECT m.thread_id, min(m.sent_at) AS awaiting
      FROM gen_msg m JOIN gen_stat s2 ON s2.thread_id = m.thread_id
      WHERE m.sender = 'BUYER' AND m.seq > s2.last_seller_seq
      GROUP BY m.thread_id) a
WHERE a.thread_id = s.thread_id;
ANALYZE gen_stat;

INSERT INTO thread (id, buyer_id, seller_id, order_id, subject, created_at, last_activity_at, message_count,
                    awaiting_since, review_requested, open_flags)
OVERRIDING SYSTEM VALUE
SELECT t.id, t.buyer_id, t.seller_id, t.order_id, t.subject, s.first_at, s.last_at, s.k, s.awaiting_since, false,
       CASE WHEN t.flagged THEN 1 ELSE 0 END
FROM gen_thread t JOIN gen_stat s ON s.thread_id = t.id;

-- The hash chain, link by link: the canonical form of CanonicalForm, chained per thread.
INSERT INTO message (thread_id, seq, sender, author_id, action, topic, subject, html, body_text, sent_at, delivery,
                     important, proactive, redactions, visible_to, prev_hash, hash)
SELECT thread_id, seq, sender, author_id, action, topic, subject, html, body_text, sent_at, 'DELIVERED',
       important, proactive, '[]', 'BOTH',
       coalesce(lag(hash) OVER (PARTITION BY thread_id ORDER BY seq),
                '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea),
       hash
FROM (
    SELECT c.*, parley_gen.chain(c.canonical) OVER (PARTITION BY c.thread_id ORDER BY c.seq) AS hash
    FROM (
        SELECT m.*, '<p>' || m.body_text || '</p>' AS html,
               parley_gen.str('parley.message.v1') || int8send(m.thread_id) || int4send(m.seq) || parley_gen.str(m.sender)
               || '\x01'::bytea || int8send(m.author_id) || parley_gen.str(m.action)
               || CASE WHEN m.topic IS NULL THEN int4send(-1) ELSE parley_gen.str(m.topic) END
               || parley_gen.str(m.subject) || parley_gen.str('<p>' || m.body_text || '</p>') || parley_gen.str(m.body_text)
               || int8send((extract(epoch FROM m.sent_at) * 1000000)::bigint) || parley_gen.str('DELIVERED')
               || CASE WHEN m.important THEN '\x01'::bytea ELSE '\x00'::bytea END
               || CASE WHEN m.proactive THEN '\x01'::bytea ELSE '\x00'::bytea END
               || int4send(0) || int4send(0) AS canonical
        FROM gen_msg m
    ) c
) h
ORDER BY thread_id, seq;

UPDATE thread t SET last_hash = m.hash
FROM message m, gen_thread g
WHERE g.id = t.id AND m.thread_id = t.id AND m.seq = t.message_count;

-- Answers: buyer messages after the n-th seller message are answered by the (n+1)-th.
INSERT INTO response_record (seller_id, thread_id, awaited_since, answered_at, kind)
SELECT (SELECT id FROM gen_seller), thread_id, awaited, answered, 'REPLY'
FROM (
    SELECT thread_id, grp,
           min(sent_at) FILTER (WHERE sender = 'BUYER') AS awaited,
           min(sent_at) FILTER (WHERE sender = 'SELLER') AS answered
    FROM (
        SELECT m.*, coalesce(sum(CASE WHEN sender = 'SELLER' THEN 1 ELSE 0 END)
                     OVER (PARTITION BY thread_id ORDER BY seq ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS grp
        FROM gen_msg m
    ) g
    GROUP BY thread_id, grp
) a
WHERE awaited IS NOT NULL AND answered IS NOT NULL;

-- Inbox rows of both parties (every generated message is visible to both).
CREATE TEMP TABLE gen_entry ON COMMIT DROP AS
SELECT t.id AS thread_id, t.buyer_id, t.seller_id, t.order_id, t.subject, t.flagged, b.name AS buyer_name,
       b.business, s.k, s.last_at, s.last_sender, s.last_buyer_seq, s.last_seller_seq, s.last_buyer_at,
       s.last_seller_at, s.awaiting_since, s.search_text,
       CASE WHEN length(s.last_text) <= 200 THEN s.last_text ELSE left(s.last_text, 200) || '…' END AS snippet,
       CASE WHEN t.seller_read_all THEN s.k ELSE s.last_seller_seq END AS seller_read,
       CASE WHEN t.buyer_read_all THEN s.k ELSE s.last_buyer_seq END AS buyer_read
FROM gen_thread t JOIN gen_stat s ON s.thread_id = t.id JOIN gen_buyer b ON b.id = t.buyer_id;
ANALYZE gen_entry;

INSERT INTO inbox_entry (owner_id, thread_id, owner_role, counterpart_id, counterpart_name, business_buyer, order_id,
                         subject, snippet, last_sender, last_activity_at, message_count, last_read_seq,
                         last_other_seq, last_sent_at, due_at, open_flags, search)
SELECT e.seller_id, e.thread_id, 'SELLER', e.buyer_id, e.buyer_name, e.business, e.order_id, e.subject, e.snippet,
       e.last_sender, e.last_at, e.k, e.seller_read, e.last_buyer_seq, e.last_seller_at,
       e.awaiting_since + interval '24 hours', CASE WHEN e.flagged THEN 1 ELSE 0 END,
       parley_search_vector(e.seller_id, coalesce(e.order_id || ' ', '') || e.buyer_name || ' ' || e.subject,
                            e.search_text)
FROM gen_entry e
UNION ALL
SELECT e.buyer_id, e.thread_id, 'BUYER', e.seller_id, (SELECT display_name FROM account WHERE id = e.seller_id), e.business, e.order_id, e.subject,
       e.snippet, e.last_sender, e.last_at, e.k, e.buyer_read, e.last_seller_seq, e.last_buyer_at, NULL,
       CASE WHEN e.flagged THEN 1 ELSE 0 END,
       parley_search_vector(e.buyer_id, coalesce(e.order_id || ' ', '')
                 || (SELECT display_name FROM account WHERE id = e.seller_id) || ' ' || e.subject, e.search_text)
FROM gen_entry e;

-- Read marks beyond the reader's own last message.
INSERT INTO thread_event (thread_id, type, actor_id, at, read_seq)
SELECT thread_id, 'READ', seller_id, least(last_at + interval '1 minute', now()), seller_read
FROM gen_entry WHERE seller_read > last_seller_seq
UNION ALL
SELECT thread_id, 'READ', buyer_id, least(last_at + interval '1 minute', now()), buyer_read
FROM gen_entry WHERE buyer_read > last_buyer_seq;

-- Open flags.
WITH f AS (
    INSERT INTO flag (thread_id, seller_id, source, reason, raised_at)
    SELECT thread_id, seller_id, 'RULE', 'LINK_EXTERNAL', last_at FROM gen_entry WHERE flagged
    RETURNING thread_id, reason, raised_at
)
INSERT INTO thread_event (thread_id, type, at, reason, note)
SELECT thread_id, 'FLAG', raised_at, 'RULE', reason FROM f;

-- Counts, added to what is there (the generator can run again on the same database).
INSERT INTO inbox_counter AS c (owner_id, slot, all_threads, unread, sent, needs_response, company, flagged)
SELECT e.owner_id, (e.thread_id % 16)::smallint, count(*), count(*) FILTER (WHERE e.unread),
       count(*) FILTER (WHERE e.last_sent_at IS NOT NULL), count(*) FILTER (WHERE e.due_at IS NOT NULL),
       count(*) FILTER (WHERE e.business_buyer AND e.owner_role = 'SELLER'), 0
FROM inbox_entry e JOIN gen_thread g ON g.id = e.thread_id
GROUP BY 1, 2
UNION ALL
SELECT 0, (e.thread_id % 16)::smallint, count(*), 0, 0, 0, 0, count(*) FILTER (WHERE e.open_flags > 0)
FROM inbox_entry e JOIN gen_thread g ON g.id = e.thread_id
WHERE e.owner_role = 'SELLER'
GROUP BY 2
ON CONFLICT (owner_id, slot) DO UPDATE SET all_threads = c.all_threads + EXCLUDED.all_threads,
    unread = c.unread + EXCLUDED.unread, sent = c.sent + EXCLUDED.sent,
    needs_response = c.needs_response + EXCLUDED.needs_response, company = c.company + EXCLUDED.company,
    flagged = c.flagged + EXCLUDED.flagged;

COMMIT;

DROP SCHEMA parley_gen CASCADE;
