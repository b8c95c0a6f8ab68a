-- title: The errors of a run
-- description: Every error row of one run (runs.id), by file and record.
SELECT source, record, reason, message
FROM errors
WHERE run_id = :run_id
ORDER BY id
