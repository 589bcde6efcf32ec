"""Quiz feature: pure logic (scoring, reflection summary, group tally), storage and service.

Nothing here imports discord; ``cogs/quiz`` does the Discord I/O."""
