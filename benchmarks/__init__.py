"""Benchmarks run by ``make bench``; timings are reported as ratios to a floor from the same run."""
