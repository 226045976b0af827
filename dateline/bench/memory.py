"""Memory of this process and the processes it started (worker pools, Dask nannies and workers), from /proc.

On systems without /proc the figures are None.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["MemorySampler", "descendants", "status_mb"]


def status_mb(pid: int, key: str) -> float | None:
    """A memory line of ``/proc/PID/status`` in MB: ``VmRSS`` (now) or ``VmHWM`` (peak)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(f"{key}:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return None


def descendants(pid: int) -> list[int]:
    """The processes below ``pid`` (children, their children ...)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir() if Path("/proc").is_dir() else []:
        if not entry.name.isdigit():
            continue
        try:
            # The command name (field 2) may hold spaces; the parent id follows its closing bracket.
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(parent, []).append(int(entry.name))
    found: list[int] = []
    stack = [pid]
    while stack:
        for child in children.get(stack.pop(), []):
            found.append(child)
            stack.append(child)
    return found


@dataclass
class MemorySampler:
    """Samples the resident memory of this process and its descendants while a run goes on.

    ``curve`` gets one point per :meth:`sample`; the peaks are the highest of each process
    (this one, and the largest of its descendants), read from the kernel's own high-water mark.
    """

    root: int = field(default_factory=os.getpid)
    curve: list[dict[str, float | int | None]] = field(default_factory=list)
    peak_parent_mb: float = 0.0
    peak_child_mb: float = 0.0
    children_seen: set[int] = field(default_factory=set)

    def sample(self, documents: int) -> None:
        """Record the memory now, after ``documents`` documents."""
        parent = status_mb(self.root, "VmRSS") or 0.0
        children = descendants(self.root)
        self.children_seen.update(children)
        child_rss = [status_mb(pid, "VmRSS") or 0.0 for pid in children]
        self.peak_parent_mb = max(self.peak_parent_mb, status_mb(self.root, "VmHWM") or 0.0)
        for pid in children:
            self.peak_child_mb = max(self.peak_child_mb, status_mb(pid, "VmHWM") or 0.0)
        self.curve.append(
            {
                "documents": documents,
                "parent_rss_mb": round(parent, 1),
                "workers_rss_mb": round(sum(child_rss), 1),
                "largest_worker_rss_mb": round(max(child_rss, default=0.0), 1),
                "processes": 1 + len(children),
            }
        )

    def summary(self) -> dict[str, float | int]:
        """Peaks in MB and the number of processes seen."""
        return {
            "peak_parent_rss_mb": round(self.peak_parent_mb, 1),
            "peak_worker_rss_mb": round(self.peak_child_mb, 1),
            "processes_seen": 1 + len(self.children_seen),
        }
