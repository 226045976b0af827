"""Print what a hybrid adds or changes against the stage, one line each, for reading.

    python show_added.py STAGE.jsonl HYBRID.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


def text(spans: list[dict[str, Any]], limit: int = 70) -> str:
    joined = " ... ".join(s["text"] for s in spans).replace("\n", " ")
    return joined if len(joined) <= limit else joined[: limit - 3] + "..."


def key(attribution: dict[str, Any]) -> str:
    return json.dumps([attribution[r] for r in ("source", "cue", "content")], sort_keys=True)


def main() -> None:
    stage = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()]
    hybrid = [json.loads(line) for line in Path(sys.argv[2]).read_text(encoding="utf-8").splitlines()]
    for before, after in zip(stage, hybrid, strict=True):
        known = {key(a) for a in before["attributions"]}
        for attribution in after["attributions"]:
            if key(attribution) not in known:
                print(f"{before['doc_id']}\t[{text(attribution['source'])}] <{text(attribution['cue'])}> [{text(attribution['content'])}]")


if __name__ == "__main__":
    main()
