-- placeholder, filled in by the check-ins + privacy helper
SELECT 1;
