#!/usr/bin/python3
"""numpy's legacy generator, as IEEE-754 bit patterns, for tst_random's exact stream test.

Each stream seeds numpy's global RandomState and draws a run of values with one call, as the
notebook does (np.random.seed(3); np.random.randn(n, n_prev) * ...). The seeds include 0, the
notebook's weight seed 3, its data seeds 1 and 2, and the largest seed numpy accepts; the lengths
are odd so randn's one-value cache is left full at the end of a call.

    /usr/bin/python3 tests/reference/random_streams.py > tests/reference/golden/random_streams.json
"""

import json
import sys

import numpy as np

SEEDS = (0, 1, 2, 3, 4294967295)
COUNT = 101


def bits(a):
    return ["%016x" % v for v in np.ascontiguousarray(a, dtype=np.float64).view(np.uint64)]


def main():
    streams = []
    for seed in SEEDS:
        for kind in ("random_sample", "randn", "uniform(-2,3)", "normal(1.5,2)"):
            np.random.seed(seed)
            if kind == "random_sample":
                values = np.random.random_sample(COUNT)
            elif kind == "randn":
                values = np.random.randn(COUNT)
            elif kind == "uniform(-2,3)":
                values = np.random.uniform(-2.0, 3.0, COUNT)
            else:
                values = np.random.normal(1.5, 2.0, COUNT)
            streams.append({"seed": seed, "kind": kind, "bits": bits(values)})
    print(json.dumps({"numpy": np.__version__, "streams": streams}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
