-- Parallel webhook delivery: the dispatcher sends an endpoint's deliveries of different
-- threads at the same time and each thread's one after the other, so a delivery names its
-- thread (null for events of no thread, such as notices, which are sent on their own, in
-- feed order with everything else). Rows queued before this migration take it from their
-- payload; new rows from the feed.
ALTER TABLE webhook_delivery ADD COLUMN thread_id bigint;

UPDATE webhook_delivery SET thread_id = (payload::jsonb -> 'data' ->> 'threadId')::bigint
WHERE payload::jsonb -> 'data' ->> 'threadId' IS NOT NULL;
