"""Services: the Qt-free application layer between the flows and views above and storage
below.

A service answers a question the app asks of its data (today's counts, the dashboard's and
the report's figures) or carries out one kind of write (a break's record). It may use
`backmove.core` and `backmove.storage`, never Qt, so every service runs in a plain test.
"""
