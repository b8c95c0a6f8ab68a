-- title: Money by sector and year
-- description: Facts and their USD total per sector and publication year ('' when unknown). Every mention counts.
SELECT sector, substr(published, 1, 4) AS year, count(*) AS facts, sum(amount_usd) AS total_usd
FROM fact_report
GROUP BY sector, year
ORDER BY sector, year
