"""Imported first by a process pool's fork server (`local.preload_modules` lists it before the libraries).

The fork server imports spaCy, Presidio and the stages' libraries once (~4 s of CPU), then forks every worker
of every pool. Importing this module sets that process's collector like a command's (`collector.tune`), so
the imports skip ~10 full collections of everything already loaded (~0.5-1 s of CPU, before the first worker
can start), and each worker forked afterwards inherits the setting. No module imports it: only the fork
server, by name, so no other process changes its collector by importing it.
"""

from __future__ import annotations

from cancerprep import collector

collector.tune()
