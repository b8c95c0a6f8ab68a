-- title: All facts of one article
-- description: Every fact of the article with this id (fact_report.article_id), in reading order.
SELECT fact_id, amount_text, amount, currency, amount_usd, company, sector, kind, sentence
FROM fact_report
WHERE article_id = :article_id
ORDER BY amount_start
