-- Trigram indexes for the catalog search on folded Vietnamese text (see src/domain/catalog).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
