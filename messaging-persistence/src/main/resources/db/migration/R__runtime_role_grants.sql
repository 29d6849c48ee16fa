-- The application runs as ${runtime_role}: a role that owns nothing. Migrations run as the
-- owner role. This script is the one place that says what the runtime role may do; Flyway
-- re-runs it whenever it changes, after the versioned migrations. One GRANT block per
-- group of tables.

DO $$
BEGIN
    CREATE ROLE ${runtime_role} NOLOGIN;
EXCEPTION
    WHEN duplicate_object THEN NULL;
END
$$;

REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${runtime_role};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM ${runtime_role};
GRANT USAGE ON SCHEMA public TO ${runtime_role};

-- Accounts and settings: mutable, never deleted.
GRANT SELECT, INSERT, UPDATE ON account, seller_settings, buyer_settings TO ${runtime_role};

-- Templates, tokens and idempotency keys: mutable; templates and old keys are deleted.
GRANT SELECT, INSERT, UPDATE, DELETE ON template, template_translation TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE ON api_token TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO ${runtime_role};

-- Orders (the order feed updates them): mutable, never deleted; an update may replace
-- the line items.
GRANT SELECT, INSERT, UPDATE ON orders TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON order_line_item TO ${runtime_role};

-- The permanent record: append-only. Read and insert, nothing else (the triggers also
-- stop the owner).
GRANT SELECT, INSERT ON message, attachment, message_attachment, thread_event,
    flag, admin_decision, platform_notice TO ${runtime_role};

-- Thread summaries, inbox rows and counters: updated with every append, never deleted.
GRANT SELECT, INSERT, UPDATE ON thread, inbox_entry, inbox_counter TO ${runtime_role};

-- Response records: written once per answer.
GRANT SELECT, INSERT ON response_record TO ${runtime_role};

-- Uploads: staged until sent (then moved into attachment) or abandoned.
GRANT SELECT, INSERT, UPDATE, DELETE ON upload TO ${runtime_role};

-- Relay aliases: created once per pair, never changed.
GRANT SELECT, INSERT ON relay_alias TO ${runtime_role};

-- Email outbox: the relay worker claims and marks rows.
GRANT SELECT, INSERT, UPDATE ON outbox_email TO ${runtime_role};

-- Inbound emails taken into the record (relay deduplication): written once.
GRANT SELECT, INSERT ON relay_inbound_email TO ${runtime_role};

-- Installation secrets: read only.
GRANT SELECT ON installation_secret TO ${runtime_role};

-- --- Integrations: changes feed and webhooks ---
-- The feed's outbox (moved into the feed by the sequencer), the feed itself (append-only),
-- the sequencer's counter, response-clock alerts, webhook endpoints and deliveries.
GRANT SELECT, INSERT, DELETE ON change_log TO ${runtime_role};
GRANT SELECT, INSERT ON change_feed TO ${runtime_role};
GRANT SELECT, UPDATE ON change_sequencer TO ${runtime_role};
GRANT SELECT, INSERT ON thread_due_alert TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON webhook_endpoint, webhook_delivery TO ${runtime_role};

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};

-- --- security: record checkpoints (append-only), see V50 ---
GRANT SELECT, INSERT ON record_checkpoint TO ${runtime_role};
GRANT USAGE ON SEQUENCE record_checkpoint_id_seq TO ${runtime_role};

-- --- security: column-level UPDATE only where the application must write ---
-- A thread's parties and order never change; an account's role is never changed by the
-- application (promotion to admin is an operator's act, as the owner). The runtime role
-- keeps UPDATE on the columns the send path and the moderation maintain. The chain head
-- (last_hash) is not among them: the database moves it when a message is stored (V141).
REVOKE UPDATE ON thread, account FROM ${runtime_role};
GRANT UPDATE (subject, created_at, last_activity_at, message_count, awaiting_since, review_requested,
    open_flags) ON thread TO ${runtime_role};
GRANT UPDATE (email, display_name, password_hash, language, business_buyer, time_zone) ON account TO ${runtime_role};

-- --- teams ---
-- Members change (permissions, status, the invitation); the record of who wrote a message
-- and the internal notes are append-only.
GRANT SELECT, INSERT, UPDATE ON seller_member TO ${runtime_role};
GRANT SELECT, INSERT ON message_member, thread_note TO ${runtime_role};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};

-- --- inbox ---
-- The listing feed (admin API) creates and updates listings; nothing deletes them.
GRANT SELECT, INSERT, UPDATE ON listing TO ${runtime_role};

-- --- ts ---
-- Trust & Safety (V80): appeals are append-only; statuses, notice read marks and the queue
-- rows are maintained by the moderation.
GRANT SELECT, INSERT ON appeal TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE ON notice_read TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON moderation_case TO ${runtime_role};
GRANT USAGE ON SEQUENCE appeal_id_seq TO ${runtime_role};

-- --- assignment ---
-- Round-robin settings and whose turn was last (V160): mutable, never deleted.
GRANT SELECT, INSERT, UPDATE ON seller_assignment_settings TO ${runtime_role};
