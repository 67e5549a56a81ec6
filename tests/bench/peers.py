#!/usr/bin/python3
"""The peers' side of tests/bench/compare-with-peers: the same work in numpy and in PyTorch.

    /usr/bin/python3 tests/bench/peers.py --peer numpy|torch-hand|torch-autograd [--repetitions N]
        [--rows notebook,deep,wide,grid,seeds16]

Every peer runs in float64 on one thread (BLAS and PyTorch thread pools set to 1 before they
start). Rows, as InitViz runs them:
  notebook  the notebook's He run: 2-10-5-1, its 300 train points, 15000 iterations, rate 0.01
  deep      2,20x10,1 (ten hidden layers of 20), the same points, 5000 iterations
  wide      2,64,64,1 on make_circles(10000) (seed 1), 1000 iterations
  grid      the window's decision grid: 151 x 151 points over [-1.5, 1.5]^2, the notebook's net
  seeds16   16 notebook runs (zeros, random, He, Xavier x seeds 1-4), one after another
numpy is the notebook's code (tests/reference/notebook_reference.py); torch-hand is the same loop
with torch tensors (forward, the notebook's backward by hand, the update); torch-autograd builds
the cost from torch ops, calls backward() and steps torch.optim.SGD.

Each row is timed once as a warm-up and then `repetitions` times, median kept; a row whose
warm-up takes over LONG_RUN_SECONDS is timed once, that run kept (noted as "runs": 1).
Prints one JSON object.
"""

import argparse
import json
import os
import statistics
import sys
import time

for variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS"):
    os.environ[variable] = "1"

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "reference"))
import notebook_reference as nb  # noqa: E402

LONG_RUN_SECONDS = 5.0
GRID_SIZE = 151  # ui/main_window.cpp's kBoundaryGridSize
VIEW_LIMIT = 1.5
ROWS = {
    "notebook": {"layers": [2, 10, 5, 1], "samples": 300, "iterations": 15000},
    "deep": {"layers": [2] + [20] * 10 + [1], "samples": 300, "iterations": 5000},
    "wide": {"layers": [2, 64, 64, 1], "samples": 10000, "iterations": 1000},
}
SEED_RUNS = [(init, seed) for init in ("zeros", "random", "he", "xavier") for seed in (1, 2, 3, 4)]


def data(samples):
    train_X, train_Y, _, _ = nb.load_dataset(train_samples=samples)
    return train_X, train_Y


def grid_points():
    axis = np.linspace(-VIEW_LIMIT, VIEW_LIMIT, GRID_SIZE)
    xx, yy = np.meshgrid(axis, axis)
    return np.c_[xx.ravel(), yy.ravel()].T


# --------------------------------------------------------------------------- numpy

def numpy_train(layers, X, Y, iterations, init="he", seed=3):
    params = nb.initialize_parameters(init, layers, seed)
    nb.train(X, Y, params, 0.01, iterations, 1000)


def numpy_grid(params, points):
    nb.predict_dec(params, points)


# --------------------------------------------------------------------------- torch

def torch_setup():
    import torch
    torch.set_num_threads(1)
    try:
        torch.set_num_interop_threads(1)
    except RuntimeError:
        pass
    torch.set_default_dtype(torch.float64)
    return torch


def torch_parameters(torch, layers, init="he", seed=3):
    numpy_params = nb.initialize_parameters(init, layers, seed)  # the notebook's weights
    L = len(layers) - 1
    W = [torch.from_numpy(numpy_params["W%d" % l]).clone() for l in range(1, L + 1)]
    b = [torch.from_numpy(numpy_params["b%d" % l]).clone() for l in range(1, L + 1)]
    return W, b


def torch_hand_train(torch, layers, X, Y, iterations, init="he", seed=3):
    """The notebook's loop with torch tensors: forward, nansum cost, backward by hand, update."""
    W, b = torch_parameters(torch, layers, init, seed)
    X = torch.from_numpy(X)
    Y = torch.from_numpy(Y.astype(np.float64))
    m = X.shape[1]
    L = len(W)
    for i in range(iterations):
        activations = [X]
        a = X
        for l in range(L):
            z = W[l] @ a + b[l]
            a = torch.sigmoid(z) if l == L - 1 else torch.clamp_min(z, 0.0)
            activations.append(a)
        if i % 1000 == 0:
            logprobs = -torch.log(a) * Y - torch.log(1 - a) * (1 - Y)
            float(torch.nansum(logprobs) / m)
        dz = (a - Y) / m
        for l in range(L - 1, -1, -1):
            a_prev = activations[l]
            dW = dz @ a_prev.T
            db = dz.sum(dim=1, keepdim=True)
            if l > 0:
                dz = (W[l].T @ dz) * (a_prev > 0)
            W[l] -= 0.01 * dW
            b[l] -= 0.01 * db


def torch_autograd_train(torch, layers, X, Y, iterations, init="he", seed=3):
    """The same network and cost with autograd and torch.optim.SGD."""
    W, b = torch_parameters(torch, layers, init, seed)
    parameters = W + b
    for p in parameters:
        p.requires_grad_(True)
    optimizer = torch.optim.SGD(parameters, lr=0.01)
    X = torch.from_numpy(X)
    Y = torch.from_numpy(Y.astype(np.float64))
    m = X.shape[1]
    L = len(W)
    for i in range(iterations):
        optimizer.zero_grad()
        a = X
        for l in range(L):
            z = W[l] @ a + b[l]
            a = torch.sigmoid(z) if l == L - 1 else torch.relu(z)
        cost = torch.nansum(-torch.log(a) * Y - torch.log(1 - a) * (1 - Y)) / m
        if i % 1000 == 0:
            float(cost)
        cost.backward()
        optimizer.step()


def torch_grid(torch, W, b, points):
    with torch.no_grad():
        a = torch.from_numpy(points)
        for l in range(len(W)):
            z = W[l] @ a + b[l]
            a = torch.sigmoid(z) if l == len(W) - 1 else torch.clamp_min(z, 0.0)
        return a > 0.5


# --------------------------------------------------------------------------- timing

def timed(work, repetitions):
    start = time.perf_counter()
    work()
    first = time.perf_counter() - start
    if first > LONG_RUN_SECONDS:
        return {"seconds": first, "runs": 1}
    times = []
    for _ in range(repetitions):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return {"seconds": statistics.median(times), "runs": repetitions}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--peer", required=True, choices=("numpy", "torch-hand", "torch-autograd"))
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--rows", default="notebook,deep,wide,grid,seeds16")
    args = parser.parse_args()
    rows = args.rows.split(",")
    out = {"peer": args.peer, "numpy": np.__version__, "rows": {}}
    torch = None
    if args.peer != "numpy":
        torch = torch_setup()
        out["torch"] = torch.__version__
        out["torch_threads"] = torch.get_num_threads()
    else:
        out["blas"] = nb.blas_info().get("loaded_libraries", [])

    def train(layers, X, Y, iterations, init="he", seed=3):
        if args.peer == "numpy":
            numpy_train(layers, X, Y, iterations, init, seed)
        elif args.peer == "torch-hand":
            torch_hand_train(torch, layers, X, Y, iterations, init, seed)
        else:
            torch_autograd_train(torch, layers, X, Y, iterations, init, seed)

    with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
        for row in rows:
            if row in ROWS:
                spec = ROWS[row]
                X, Y = data(spec["samples"])
                out["rows"][row] = timed(lambda: train(spec["layers"], X, Y, spec["iterations"]),
                                         args.repetitions)
            elif row == "grid":
                points = grid_points()
                layers = ROWS["notebook"]["layers"]
                if args.peer == "numpy":
                    params = nb.initialize_parameters("he", layers, 3)
                    work = lambda: numpy_grid(params, points)  # noqa: E731
                else:
                    W, b = torch_parameters(torch, layers)
                    work = lambda: torch_grid(torch, W, b, points)  # noqa: E731
                result = timed(work, max(args.repetitions, 21))
                result["points"] = int(points.shape[1])
                out["rows"][row] = result
            elif row == "seeds16":
                X, Y = data(300)
                out["rows"][row] = timed(
                    lambda: [train([2, 10, 5, 1], X, Y, 15000, init, seed) for init, seed in SEED_RUNS],
                    1)
            else:
                parser.error("unknown row %r" % row)
            print("%s %s: %.3f s" % (args.peer, row, out["rows"][row]["seconds"]), file=sys.stderr,
                  flush=True)
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
