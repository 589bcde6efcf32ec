-- placeholder, filled in by the safety helper
SELECT 1;
