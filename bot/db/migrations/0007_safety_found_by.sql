-- Which tier of the crisis detector found an event: a listed phrase, warning signs together
-- (cue rules) or the learned model. Shown in the moderators' alert; NULL for events no
-- detector raised (reports, offers, tests) and for events recorded before this column.
ALTER TABLE crisis_events ADD COLUMN found_by TEXT
    CHECK (found_by IS NULL OR found_by IN ('phrase', 'cues', 'model'));
