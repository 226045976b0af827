"""Size on disk of a trained tagger: fp32 (as saved), fp16, and dynamic int8 (the state dict).

    python sizes.py MODEL_DIR
"""

from __future__ import annotations

import os
import sys
import tempfile

import torch
from transformers import AutoModelForTokenClassification


def megabytes(path: str) -> float:
    return os.path.getsize(path) / 1e6


def main() -> None:
    model = AutoModelForTokenClassification.from_pretrained(sys.argv[1]).eval()
    with tempfile.TemporaryDirectory() as scratch:
        print(f"fp32 {megabytes(os.path.join(sys.argv[1], 'model.safetensors')):.1f} MB")
        model.half().save_pretrained(f"{scratch}/fp16")
        print(f"fp16 {megabytes(f'{scratch}/fp16/model.safetensors'):.1f} MB")
        model = AutoModelForTokenClassification.from_pretrained(sys.argv[1]).eval()
        quantized = torch.ao.quantization.quantize_dynamic(model, {torch.nn.Linear}, dtype=torch.qint8)
        torch.save(quantized.state_dict(), f"{scratch}/int8.pt")
        print(f"int8 (linear layers; embeddings fp32) {megabytes(f'{scratch}/int8.pt'):.1f} MB")


if __name__ == "__main__":
    main()
