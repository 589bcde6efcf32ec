from bot.db.database import Database, Transaction
from bot.db.migrate import MigrationError, NewerDatabaseError, migrate

__all__ = ["Database", "MigrationError", "NewerDatabaseError", "Transaction", "migrate"]
