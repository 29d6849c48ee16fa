-- The relay worker's claims on outbox rows, prepared emails (bounces), and the inbound
-- emails already taken into the record.
--
-- A claim sets claim_token and moves next_attempt_at to the end of the lease, in a
-- transaction of its own (FOR UPDATE SKIP LOCKED over outbox_email_due_idx); sent,
-- retried, skipped and failed marks must present the token. A worker that dies leaves
-- the row PENDING with an expired lease: it is due again and another worker claims it.

ALTER TABLE outbox_email
    ALTER COLUMN message_id DROP NOT NULL,
    ALTER COLUMN recipient_id DROP NOT NULL,
    -- A complete RFC 5322 email for rows that carry no message (bounces).
    ADD COLUMN prepared     bytea,
    ADD COLUMN claim_token  uuid,
    ADD COLUMN claimed_at   timestamptz,
    ADD CONSTRAINT outbox_email_kind_check CHECK (
        (message_id IS NOT NULL AND recipient_id IS NOT NULL AND prepared IS NULL)
        OR (message_id IS NULL AND recipient_id IS NULL AND prepared IS NOT NULL));

-- SKIPPED: the recipient turned notifications off after the email was queued.
ALTER TABLE outbox_email DROP CONSTRAINT outbox_email_status_check;
ALTER TABLE outbox_email ADD CONSTRAINT outbox_email_status_check
    CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'SKIPPED'));

-- Inbound emails taken into the record, by sender and Message-ID: an SMTP client that
-- retries an email we already stored (it missed our 250) does not post it twice.
CREATE TABLE relay_inbound_email (
    sender_id          bigint      NOT NULL REFERENCES account (id),
    message_id_header  text        NOT NULL CHECK (length(message_id_header) BETWEEN 1 AND 998),
    received_at        timestamptz NOT NULL,
    PRIMARY KEY (sender_id, message_id_header)
);
