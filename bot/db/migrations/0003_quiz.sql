-- placeholder, filled in by the quiz helper
SELECT 1;
