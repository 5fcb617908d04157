"""belcoop: turn news articles about Belarus' cooperation with its partners into structured records."""

__version__ = "0.1.0"

# Bumped whenever the parser's output may change, so cached records are re-parsed.
PARSER_VERSION = "1"
SCHEMA_VERSION = 1
