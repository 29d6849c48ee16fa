-- Trust & Safety for both parties (issue 14): who a flag is about, decisions that apply to
-- that party (buyer or seller), an internal note for admins, the status before and after,
-- appeals, warnings that expire, read marks for platform notices, and one queue row per
-- thread with open flags (moderation_case) so the queue never scans the flag table.

-- The party whose conduct is in question: the sender of the flagged message (rule hits,
-- the reported message of a report), else the thread's seller (system flags). Flags
-- raised before this migration have none; readers fall back to the message's author.
ALTER TABLE flag ADD COLUMN party_id bigint REFERENCES account (id);
ALTER TABLE flag ADD COLUMN party_role text CHECK (party_role IN ('BUYER', 'SELLER'));

-- admin_decision.seller_id and platform_notice.seller_id now hold the party concerned,
-- buyer or seller (the changes feed already routes their events by that column).
-- UPHOLD and OVERTURN decide appeals.
ALTER TABLE admin_decision DROP CONSTRAINT admin_decision_kind_check;
ALTER TABLE admin_decision ADD CONSTRAINT admin_decision_kind_check
    CHECK (kind IN ('DISMISS', 'WARN', 'SUSPEND', 'REINSTATE', 'UPHOLD', 'OVERTURN'));
ALTER TABLE admin_decision ADD COLUMN party_role text CHECK (party_role IN ('BUYER', 'SELLER'));
ALTER TABLE admin_decision ADD COLUMN internal_note text;
ALTER TABLE admin_decision ADD COLUMN status_before text CHECK (status_before IN ('ACTIVE', 'WARNED', 'SUSPENDED'));
ALTER TABLE admin_decision ADD COLUMN status_after text CHECK (status_after IN ('ACTIVE', 'WARNED', 'SUSPENDED'));
-- A WARN that the ladder turned into a suspension.
ALTER TABLE admin_decision ADD COLUMN escalated boolean NOT NULL DEFAULT false;

-- Appeals: a party appeals a WARN or SUSPEND decision once; an UPHOLD or OVERTURN decision
-- answers it. Append-only like the decisions.
CREATE TABLE appeal (
    id           bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    decision_id  bigint      NOT NULL UNIQUE REFERENCES admin_decision (id),
    party_id     bigint      NOT NULL REFERENCES account (id),
    text         text        NOT NULL CHECK (length(btrim(text)) > 0),
    created_at   timestamptz NOT NULL
);
CALL make_append_only('appeal');
ALTER TABLE admin_decision ADD COLUMN appeal_id bigint UNIQUE REFERENCES appeal (id);
CREATE INDEX appeal_open_idx ON appeal (id);

-- A buyer's messaging status; a warning's end for both roles.
ALTER TABLE buyer_settings ADD COLUMN messaging_status text NOT NULL DEFAULT 'ACTIVE'
    CHECK (messaging_status IN ('ACTIVE', 'WARNED', 'SUSPENDED'));
ALTER TABLE buyer_settings ADD COLUMN warned_until timestamptz;
ALTER TABLE seller_settings ADD COLUMN warned_until timestamptz;
CREATE INDEX buyer_settings_warned_idx ON buyer_settings (warned_until) WHERE messaging_status = 'WARNED';
CREATE INDEX seller_settings_warned_idx ON seller_settings (warned_until) WHERE messaging_status = 'WARNED';

-- Platform notices read up to (unread badge), per party.
CREATE TABLE notice_read (
    account_id    bigint PRIMARY KEY REFERENCES account (id),
    last_read_id  bigint NOT NULL DEFAULT 0
);

-- The queue: one row per thread while it has open flags, kept by raise and decide under
-- the thread lock. Pages walk moderation_case_oldest_idx or moderation_case_severity_idx.
CREATE TABLE moderation_case (
    thread_id       bigint      PRIMARY KEY REFERENCES thread (id),
    open_flags      integer     NOT NULL CHECK (open_flags > 0),
    open_reports    integer     NOT NULL DEFAULT 0,
    -- Open flags per reason (rule id, report reason or system code): {"LINK_EXTERNAL": 2}.
    reasons         jsonb       NOT NULL DEFAULT '{}',
    rules           text[]      NOT NULL DEFAULT '{}',
    sources         text[]      NOT NULL DEFAULT '{}',
    party_roles     text[]      NOT NULL DEFAULT '{}',
    language        text        NOT NULL,
    severity        integer     NOT NULL,
    oldest_open_at  timestamptz NOT NULL,
    claimed_by      bigint      REFERENCES account (id),
    claimed_at      timestamptz,
    search          tsvector    NOT NULL
);
CREATE INDEX moderation_case_oldest_idx ON moderation_case (oldest_open_at, thread_id);
CREATE INDEX moderation_case_severity_idx ON moderation_case (severity DESC, oldest_open_at, thread_id);
CREATE INDEX moderation_case_search_idx ON moderation_case USING gin (search);

-- Rule feedback and party pages.
CREATE INDEX flag_party_idx ON flag (party_id);
CREATE INDEX flag_raised_idx ON flag (raised_at);

-- Recomputes a thread's queue row from its open flags (through flag_thread_idx), keeping
-- the claim; removes it when none is open. Called after every raise and decision, under
-- the thread lock. Flags from before V80 take their party's role from the message.
CREATE FUNCTION refresh_moderation_case(target bigint) RETURNS void
    LANGUAGE plpgsql AS
$$
DECLARE
    n integer;
BEGIN
    SELECT count(*) INTO n FROM flag f
    WHERE f.thread_id = target AND NOT EXISTS (SELECT 1 FROM admin_decision d WHERE d.flag_id = f.id);
    IF n = 0 THEN
        DELETE FROM moderation_case WHERE thread_id = target;
        RETURN;
    END IF;
    INSERT INTO moderation_case AS c (thread_id, open_flags, open_reports, reasons, rules, sources, party_roles,
                                      language, severity, oldest_open_at, search)
    WITH open AS (
        SELECT f.*, coalesce(f.party_role, CASE WHEN m.sender = 'BUYER' THEN 'BUYER' ELSE 'SELLER' END) AS role,
               coalesce(f.party_id, m.author_id, f.seller_id) AS party, m.body_text
        FROM flag f LEFT JOIN message m ON m.id = f.message_id
        WHERE f.thread_id = target AND NOT EXISTS (SELECT 1 FROM admin_decision d WHERE d.flag_id = f.id)
    ),
    reasons AS (
        SELECT r, count(*) AS c, bool_or(source = 'RULE') AS is_rule
        FROM open, unnest(string_to_array(reason, ',')) AS r GROUP BY r
    )
    SELECT target, n, (SELECT count(*) FROM open WHERE source = 'REPORT'),
           (SELECT coalesce(jsonb_object_agg(r, c), '{}') FROM reasons),
           (SELECT coalesce(array_agg(r ORDER BY r) FILTER (WHERE is_rule), '{}') FROM reasons),
           (SELECT array_agg(DISTINCT source) FROM open),
           (SELECT array_agg(DISTINCT role) FROM open),
           (SELECT a.language FROM open o JOIN account a ON a.id = o.party ORDER BY o.raised_at, o.id LIMIT 1),
           (SELECT max(CASE source WHEN 'REPORT' THEN 3 WHEN 'RULE' THEN 2 ELSE 1 END) FROM open) * 100 + least(n, 99),
           (SELECT min(raised_at) FROM open),
           to_tsvector('parley_search', concat_ws(' ', t.order_id, b.display_name, s.display_name, t.subject,
                       (SELECT string_agg(DISTINCT coalesce(body_text, ''), ' ') FROM open),
                       (SELECT string_agg(coalesce(note, ''), ' ') FROM open)))
    FROM thread t JOIN account b ON b.id = t.buyer_id JOIN account s ON s.id = t.seller_id
    WHERE t.id = target
    ON CONFLICT (thread_id) DO UPDATE SET open_flags = EXCLUDED.open_flags, open_reports = EXCLUDED.open_reports,
        reasons = EXCLUDED.reasons, rules = EXCLUDED.rules, sources = EXCLUDED.sources,
        party_roles = EXCLUDED.party_roles, language = EXCLUDED.language, severity = EXCLUDED.severity,
        oldest_open_at = EXCLUDED.oldest_open_at, search = EXCLUDED.search;
END
$$;

SELECT refresh_moderation_case(thread_id) FROM (SELECT DISTINCT thread_id FROM flag) AS flagged;

-- The party pages count a party's messages.
CREATE INDEX message_author_idx ON message (author_id);
