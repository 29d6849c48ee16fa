-- Thread model (issue 11): abandoned uploads are purged by age.
CREATE INDEX upload_uploaded_at_idx ON upload (uploaded_at);
