#!/usr/bin/python3
"""Every data set kind of InitViz (core/dataset_kinds.cpp), drawn as issue 10 specifies, for
tst_golden's dataset tests: golden/dataset_<kind>.json for each kind.

Each kind is seeded like the notebook's load_dataset(): np.random.seed(1), the generator with
300 points (the train set), then np.random.seed(2) and 100 points (the test set). Every file has
two rows: the kind's default parameters and one other setting.

Each set is written twice:
  "train"/"test":           plain numpy and sklearn 1.2, coordinates as JSON numbers (repr);
  "train_bits"/"test_bits": the same code with np.cos and np.sin replaced by the C library's
                            (math.cos, math.sin), coordinates as IEEE-754 bit patterns.
numpy 1.24's vectorised cos and sin on AVX-512 machines round differently from the C library in
the last bit (see dataset_libm_trig.py); with the C library's, InitViz is expected to match bit
for bit, so tst_golden holds the *_bits sets exactly and the plain ones within 1e-12.

    /usr/bin/python3 tests/reference/dataset_kinds.py OUTDIR     (writes OUTDIR/dataset_<kind>.json)
    /usr/bin/python3 tests/reference/dataset_kinds.py --plot    (each default as text, by eye)
"""

import json
import math
import os
import sys

import numpy as np
import sklearn
from sklearn.datasets import _samples_generator

TRAIN = (1, 300)
TEST = (2, 100)

# name: (default parameters, another setting). Keep in step with core/dataset_kinds.cpp's table.
KINDS = {
    "circles": ({"noise": 0.05, "factor": 0.8}, {"noise": 0.2, "factor": 0.5}),
    "moons": ({"noise": 0.1}, {"noise": 0.3}),
    "blobs": ({"spread": 0.5}, {"spread": 1.25}),
    "xor": ({"noise": 0.05}, {"noise": 0.25}),
    "spiral": ({"noise": 0.05}, {"noise": 0.15}),
}


class _LibmTrig:
    """numpy, except cos and sin, which are the C library's."""

    def __getattr__(self, name):
        return getattr(np, name)

    @staticmethod
    def cos(x):
        return np.array([math.cos(v) for v in np.atleast_1d(x)])

    @staticmethod
    def sin(x):
        return np.array([math.sin(v) for v in np.atleast_1d(x)])


def xor(n, noise, trig):
    X = np.random.uniform(-1, 1, size=(n, 2))
    X += 0.1 * np.sign(X)  # away from the axes
    y = (np.sign(X[:, 0]) != np.sign(X[:, 1])).astype(int)
    X += np.random.normal(scale=noise, size=X.shape)
    return X, y


def spiral(n, noise, trig):
    arms = []
    for k, c in enumerate((n // 2, n - n // 2)):
        r = np.linspace(0, 1, c)
        t = 1.75 * 2 * np.pi * r + k * np.pi
        arms.append(np.column_stack([r * trig.sin(t), r * trig.cos(t)]))
    X = np.vstack(arms)
    y = np.hstack([np.zeros(n // 2, dtype=int), np.ones(n - n // 2, dtype=int)])
    X, y = sklearn.utils.shuffle(X, y)  # numpy's global generator, like make_circles
    X += np.random.normal(scale=noise, size=X.shape)
    return X, y


def generate(kind, n, params, trig):
    _samples_generator.np = trig  # sklearn's make_circles and make_moons call np.cos, np.sin
    try:
        if kind == "circles":
            return sklearn.datasets.make_circles(n_samples=n, noise=params["noise"],
                                                 factor=params["factor"])
        if kind == "moons":
            return sklearn.datasets.make_moons(n_samples=n, noise=params["noise"])
        if kind == "blobs":
            return sklearn.datasets.make_blobs(n_samples=n, centers=[[-1, -1], [1, 1]],
                                               cluster_std=params["spread"])
        if kind == "xor":
            return xor(n, params["noise"], trig)
        if kind == "spiral":
            return spiral(n, params["noise"], trig)
    finally:
        _samples_generator.np = np
    raise ValueError(kind)


def bits(x):
    return "%016x" % np.array(x, dtype=np.float64).view(np.uint64)


def sets(kind, params, trig, as_bits):
    out = {}
    for key, (seed, n) in (("train", TRAIN), ("test", TEST)):
        np.random.seed(seed)
        X, y = generate(kind, n, params, trig)
        if as_bits:
            out[key + "_bits"] = [[bits(X[i, 0]), bits(X[i, 1]), int(y[i])] for i in range(n)]
        else:
            out[key] = [[float(X[i, 0]), float(X[i, 1]), int(y[i])] for i in range(n)]
    return out


def golden(kind):
    rows = []
    for name, params in zip(("default", "other"), KINDS[kind]):
        row = {"name": name, "parameters": params,
               "train_seed": TRAIN[0], "train_samples": TRAIN[1],
               "test_seed": TEST[0], "test_samples": TEST[1]}
        row.update(sets(kind, params, np, False))
        row.update(sets(kind, params, _LibmTrig(), True))
        rows.append(row)
    return {"kind": kind, "numpy": np.__version__, "sklearn": sklearn.__version__, "rows": rows}


def plot():
    """Each default's train set as text (0 and 1 are the labels, * both), to judge it by eye."""
    width, height, half = 60, 30, 2.0
    for kind, (params, _) in KINDS.items():
        np.random.seed(TRAIN[0])
        X, y = generate(kind, TRAIN[1], params, np)
        grid = [[" "] * width for _ in range(height)]
        for (a, b), label in zip(X, y):
            col = int((a + half) / (2 * half) * (width - 1) + 0.5)
            row = int((half - b) / (2 * half) * (height - 1) + 0.5)
            if 0 <= col < width and 0 <= row < height:
                old = grid[row][col]
                grid[row][col] = str(label) if old in (" ", str(label)) else "*"
        print("%s %s, view [-%g, %g]^2" % (kind, params, half, half))
        print("\n".join("|" + "".join(r) + "|" for r in grid))


def main(argv):
    if len(argv) == 2 and argv[1] == "--plot":
        plot()
        return 0
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    for kind in KINDS:
        with open(os.path.join(argv[1], "dataset_%s.json" % kind), "w") as f:
            f.write(json.dumps(golden(kind), separators=(",", ":")) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
