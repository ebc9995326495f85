#!/usr/bin/env python3
"""Rebuild ``src/diplo/data/langid.npz``, py3langid's model in a form that loads fast.

Maintainer tool: run it again when the pinned py3langid changes. py3langid ships its model as one
LZMA-compressed archive, 68 MB unpacked, which takes about 0.45 s to read at every start. The same
arrays are written here with each of the two large ones kept as its most common row plus the cells
that differ from it (a bit mask and their values, about a fifth of the cells), compressed with zlib:
6 MB, read in about 0.12 s. Every language and every number is kept (a test compares them), so
diplo identifies exactly what py3langid does, the languages it does not read included.

    .venv/bin/python tools/build_langid.py
"""
from __future__ import annotations

from pathlib import Path

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE
from py3langid.modelio import load_model

OUTPUT = Path(__file__).resolve().parent.parent / "src" / "diplo" / "data" / "langid.npz"


def sparse(name: str, table: np.ndarray, default: np.ndarray) -> dict[str, np.ndarray]:
    """A table as a default row, a bit mask of the cells that differ from it, and their values."""
    differs = table != default
    return {f"{name}_default": default, f"{name}_shape": np.array(table.shape), f"{name}_mask": np.packbits(differs),
            f"{name}_values": table[differs]}


def main() -> None:
    ptc, pc, classes, nextmove, nextmove_row, out_feat = load_model(MODEL_DIR / MODEL_FILE)
    rows = np.frombuffer(nextmove, dtype=np.dtype(nextmove.typecode)).reshape(-1, 256)
    row_of_state = np.frombuffer(nextmove_row, dtype=np.dtype(nextmove_row.typecode))
    np.savez_compressed(OUTPUT, pc=pc, classes=np.array(classes), nextmove_row=row_of_state,
                        out_feat=np.array(out_feat, dtype=np.int32),
                        **sparse("ptc", ptc, ptc.min(axis=0)), **sparse("nextmove", rows, rows[row_of_state[0]]))
    print(f"{OUTPUT}: {OUTPUT.stat().st_size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
