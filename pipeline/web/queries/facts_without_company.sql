-- title: Facts without a company
-- description: Amounts no company was tied to, largest in USD first: where the linker gave up.
SELECT fact_id, amount_text, currency, amount_usd, kind, sentence, source
FROM fact_report
WHERE company = ''
ORDER BY amount_usd DESC
