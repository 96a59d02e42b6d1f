"""SQLite storage: the break log, ratings, migrations, backups and export. Qt-free."""
