"""Engines that run the same extraction beyond one machine's worker pool (``--engine``)."""
