"""Scale: coding a corpus on every local core, or on a Ray cluster, into resumable shards.

- `scheduler.schedule`: the one scheduler both engines run (ordered batches, least-busy worker,
  recycling, crash retries) over a `Transport` that moves batches to workers and back;
- `local.code_in_processes`: that scheduler over worker processes forked from one pipeline;
- `ray_engine.code_with_ray`: the same over Ray actors (optional extra `communique[ray]`);
- `shards`: numbered JSONL / Parquet shards with per-document manifests, skipped on rerun.

The job functions that combine an engine with an output live in `communique.run`.
"""

from communique.scale.local import EngineStats, WorkerStats, code_in_processes, resolve_workers
from communique.scale.shards import SHARD_FORMATS, finished_shards, is_shard_dir, manifest_documents

__all__ = [
    "SHARD_FORMATS",
    "EngineStats",
    "WorkerStats",
    "code_in_processes",
    "finished_shards",
    "is_shard_dir",
    "manifest_documents",
    "resolve_workers",
]
