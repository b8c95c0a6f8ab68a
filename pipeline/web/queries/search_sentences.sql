-- title: Search the sentences of facts
-- description: Facts whose sentence or company matches a full-text query (SQLite FTS5 syntax: words, "phrases", OR, prefix*).
SELECT r.fact_id, r.company, r.amount_text, r.currency, r.amount_usd, r.kind, r.sentence
FROM fact_report r JOIN facts f ON f.id = r.fact_id
WHERE f.rowid IN (SELECT rowid FROM facts_fts WHERE facts_fts MATCH :q)
ORDER BY r.amount_usd DESC
