"""Speed and memory benchmarks, reported as ratios to baselines measured in the same run."""
