#!/usr/bin/python3
"""The notebook's points with the C library's cos and sin, for tst_golden's exact data test.

numpy 1.24 computes np.cos and np.sin with its own vectorised code on AVX-512 machines; it
rounds differently from the C library's in the last bit for about two angles in three, so the
points of golden/dataset.json (plain numpy) differ from InitViz's by up to one ulp of 1.0 in a
coordinate. This script runs the very same sklearn make_circles with np.cos and np.sin replaced
by the C library's (Python's math.cos and math.sin, which InitViz's std::cos and std::sin call
too): everything else, the generator's draws, the shuffle, the noise and the labels, is then
expected to match InitViz bit for bit. Coordinates are written as IEEE-754 bit patterns.

    /usr/bin/python3 tests/reference/dataset_libm_trig.py > tests/reference/golden/dataset_libm_trig.json
"""

import json
import math
import sys

import numpy as np
import sklearn.datasets
from sklearn.datasets import _samples_generator


class _LibmTrig:
    """numpy as make_circles sees it, except cos and sin."""

    def __getattr__(self, name):
        return getattr(np, name)

    @staticmethod
    def cos(x):
        return np.array([math.cos(v) for v in x])

    @staticmethod
    def sin(x):
        return np.array([math.sin(v) for v in x])


def bits(x):
    return "%016x" % np.array(x, dtype=np.float64).view(np.uint64)


def main():
    _samples_generator.np = _LibmTrig()
    out = {"numpy": np.__version__, "sklearn": sklearn.__version__}
    for key, seed, samples in (("train", 1, 300), ("test", 2, 100)):
        np.random.seed(seed)  # load_dataset() seeds numpy's global generator
        X, Y = sklearn.datasets.make_circles(n_samples=samples, noise=.05, factor=.8)
        out[key] = [[bits(X[i, 0]), bits(X[i, 1]), int(Y[i])] for i in range(samples)]
    print(json.dumps(out, separators=(",", ":")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
