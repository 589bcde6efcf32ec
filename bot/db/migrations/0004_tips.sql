-- placeholder, filled in by the scheduler + tips helper
SELECT 1;
