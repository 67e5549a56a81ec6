#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The depth experiment (issue 11, item 4) in numpy, independent of InitViz's C++: for each
initialization x activation, the network 2, W, ..., W, 1 with D hidden layers, initialised with
the seed, run forward and backward once on the notebook's train set (the notebook's
forward_propagation and backward_propagation from notebook_reference.py). Prints JSON: for each
curve the population std (np.std) of every layer's A_l and dZ_l, l = 1..D+1.

    depth_experiment.py --width 20 --depth 10 --inits he,xavier --activations relu,tanh
"""

import argparse
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import notebook_reference as ref  # noqa: E402


def curve(X, Y, init, activation, width, depth, seed):
    dims = [2] + [width] * depth + [1]
    parameters = ref.initialize_parameters(init, dims, seed)
    a_L, cache = ref.forward_propagation(X, parameters, activation)
    forward = [float(np.std(a)) for (_, _, _, a) in cache]
    # backward_propagation's own recursion, keeping every dz
    m = X.shape[1]
    dz = 1. / m * (a_L - Y)
    backward = [0.0] * len(cache)
    for l in range(len(cache), 0, -1):
        a_prev, W, z, a = cache[l - 1]
        backward[l - 1] = float(np.std(dz))
        if l > 1:
            dz = ref.backward_activation(activation, np.dot(W.T, dz), a_prev)
    return {"init": init, "activation": activation,
            "forward_std": [ref.number(v) for v in forward],
            "backward_std": [ref.number(v) for v in backward]}


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--width", type=int, default=20)
    ap.add_argument("--depth", type=int, default=10)
    ap.add_argument("--inits", default="zeros,random,he,lecun,xavier,he-uniform,xavier-uniform,small")
    ap.add_argument("--activations", default="relu")
    ap.add_argument("--seed", type=int, default=3)
    args = ap.parse_args()
    X, Y, _, _ = ref.load_dataset()
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        curves = [curve(X, Y, i, a, args.width, args.depth, args.seed)
                  for i in args.inits.split(",") for a in args.activations.split(",")]
    print(ref.dumps({"width": args.width, "depth": args.depth, "seed": args.seed,
                     "curves": curves}))


if __name__ == "__main__":
    main()
