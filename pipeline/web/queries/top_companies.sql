-- title: Top companies by USD amount, per kind
-- description: The ten companies with the most money in USD for each kind. Every mention counts here; `newsfacts summary` counts each figure once.
SELECT kind, company_canonical, company_ticker, facts, total_usd
FROM (
  SELECT kind, company_canonical, max(company_ticker) AS company_ticker, count(*) AS facts,
         sum(amount_usd) AS total_usd,
         rank() OVER (PARTITION BY kind ORDER BY sum(amount_usd) DESC) AS place
  FROM fact_report
  WHERE company_canonical != '' AND amount_usd IS NOT NULL
  GROUP BY kind, company_canonical
)
WHERE place <= 10
ORDER BY kind, total_usd DESC
