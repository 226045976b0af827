"""Where the tests find the repo's examples and the shared data."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_8a8ad502f054ce81.txt"
NEWS_DEV = SHARED / "data" / "news-dev" / "articles.jsonl"
EXAMPLES = REPO / "examples"
