-- title: One company across articles
-- description: Every fact of a company, by its canonical name (case-insensitive), newest first.
SELECT published, fact_id, amount_text, currency, amount_usd, kind, sector, title, source
FROM fact_report
WHERE lower(company_canonical) = lower(:company)
ORDER BY published DESC, amount_usd DESC
