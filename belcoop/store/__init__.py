"""The record store: the only place that speaks SQL.

schema.py (the tables, opening a store), sync.py (corpus -> store), select.py (queries -> rows),
filters.py (each filter: its option, its checks, its SQL).
"""
