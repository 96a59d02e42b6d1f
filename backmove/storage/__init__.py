"""SQLite storage: the break log, ratings, migrations, backups and export. Qt-free.

`database` opens the file safely (recovery, refusals, migrations) and runs every statement;
`repository` is the record API over it, in the dataclasses of `records`; `backup` and
`transfer` are the daily copies, restore, and CSV/JSON export and import. Failures the user can
act on are `errors.StorageError`s carrying a `messages` Message. docs/schema.md describes it all.
"""
