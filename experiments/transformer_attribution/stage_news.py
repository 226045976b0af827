"""The stage's top-level attributions over every 27th news-dev article, in PolNeAR's JSON shape.

Run with the project's venv from the repository root (PYTHONPATH=.):

    python experiments/transformer_attribution/stage_news.py ../shared/data/news-dev/articles.jsonl OUT.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from dateline.bench.attribution import predict_records
from dateline.nlp import load_pipeline


def main() -> None:
    source, output = Path(sys.argv[1]), Path(sys.argv[2])
    articles = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    records = [{"doc_id": a["id"], "text": a["text"], "attributions": []} for a in articles[::27]]
    with output.open("w", encoding="utf-8") as out:
        for record in predict_records(records, nlp=load_pipeline()):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
