-- Accounts and their messaging settings.
-- Mutable tables: settings change; accounts are never deleted (threads refer to them forever).

CREATE TABLE account (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email           text        NOT NULL CHECK (length(email) BETWEEN 3 AND 320),
    display_name    text        NOT NULL CHECK (length(display_name) BETWEEN 1 AND 120),
    password_hash   text        NOT NULL,
    role            text        NOT NULL CHECK (role IN ('BUYER', 'SELLER', 'ADMIN')),
    language        text        NOT NULL DEFAULT 'en' CHECK (language IN ('en', 'de', 'es', 'fr', 'ja')),
    business_buyer  boolean     NOT NULL DEFAULT false,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT business_buyer OR role = 'BUYER')
);

CREATE UNIQUE INDEX account_email_key ON account (lower(email));

CREATE TABLE seller_settings (
    seller_id               bigint  PRIMARY KEY REFERENCES account (id),
    buyer_messages_enabled  boolean NOT NULL DEFAULT true,
    notification_email      text,
    messaging_status        text    NOT NULL DEFAULT 'ACTIVE' CHECK (messaging_status IN ('ACTIVE', 'WARNED', 'SUSPENDED')),
    CHECK (NOT buyer_messages_enabled OR notification_email IS NOT NULL)
);

CREATE TABLE buyer_settings (
    buyer_id               bigint  PRIMARY KEY REFERENCES account (id),
    opt_out_non_essential  boolean NOT NULL DEFAULT false
);
