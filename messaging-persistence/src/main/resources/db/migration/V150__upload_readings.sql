-- Thread model (issue 11): a file's bytes are inspected once, on upload. What the rules
-- engine read from an upload (the parts of its text, in order, or why it is refused) is
-- kept with it, and the check of the message it is sent with reads that, not the bytes.
-- Uploads stored before this migration have no reading; their bytes are read at the send.
ALTER TABLE upload
    ADD COLUMN part_kinds      text[],
    ADD COLUMN part_numbers    int[],
    ADD COLUMN part_texts      text[],
    ADD COLUMN refusal_reason  text,
    ADD COLUMN refusal_variant text,
    ADD COLUMN refusal_detail  text,
    ADD CONSTRAINT upload_reading_shape CHECK (
        (part_kinds IS NULL AND part_numbers IS NULL AND part_texts IS NULL AND refusal_reason IS NULL)
        OR (part_kinds IS NOT NULL
            AND cardinality(part_kinds) = cardinality(part_numbers)
            AND cardinality(part_kinds) = cardinality(part_texts)
            AND (refusal_reason IS NULL) = (refusal_variant IS NULL)
            AND (refusal_reason IS NULL) = (refusal_detail IS NULL)));
