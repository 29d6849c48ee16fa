-- The application runs as ${runtime_role}: a role that owns nothing. Migrations run as the
-- owner role. This script is the one place that says what the runtime role may do; Flyway
-- re-runs it whenever it changes, after the versioned migrations.

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

-- Mutable tables.
GRANT SELECT, INSERT, UPDATE ON account, seller_settings, buyer_settings TO ${runtime_role};

-- Templates, tokens and idempotency keys: mutable; templates and old keys are deleted.
GRANT SELECT, INSERT, UPDATE, DELETE ON template, template_translation TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE ON api_token TO ${runtime_role};
GRANT SELECT, INSERT, UPDATE, DELETE ON idempotency_key TO ${runtime_role};

GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO ${runtime_role};
