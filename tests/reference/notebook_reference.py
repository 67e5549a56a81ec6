#!/usr/bin/python3
"""Reference implementation of the deeplearning.ai "Initialization" notebook in numpy + sklearn.

Written by the InitViz project from the notebook's published algorithm (init_utils.py and the
notebook's model()), generalised to any depth [2, h1, ..., hk, 1]. It is used only to (re)generate
the golden values under tests/reference/golden/ and as the numpy peer in benchmarks; the product
never runs it.

    /usr/bin/python3 tests/reference/notebook_reference.py --init he
    /usr/bin/python3 tests/reference/notebook_reference.py --init random --json
    /usr/bin/python3 tests/reference/notebook_reference.py --init xavier --activation tanh --json
    /usr/bin/python3 tests/reference/notebook_reference.py --init-only --layers 2,4,1 --init xavier
    /usr/bin/python3 tests/reference/notebook_reference.py --bench --repetitions 5
"""

import argparse
import json
import math
import statistics
import sys
import time

import numpy as np
import sklearn
import sklearn.datasets

INITS = ("zeros", "random", "he", "lecun", "xavier", "he-uniform", "xavier-uniform", "small")
ACTIVATIONS = ("relu", "tanh", "sigmoid", "leaky-relu")
LEAKY_SLOPE = 0.01


# --------------------------------------------------------------------------- init_utils.py

def sigmoid(x):
    s = 1 / (1 + np.exp(-x))
    return s


def relu(x):
    s = np.maximum(0, x)
    return s


def hidden_activation(name, z):
    """The hidden layers' activation g(z)."""
    if name == "relu":
        return relu(z)
    if name == "tanh":
        return np.tanh(z)
    if name == "sigmoid":
        return sigmoid(z)
    if name == "leaky-relu":
        return np.where(z > 0, z, LEAKY_SLOPE * z)
    raise ValueError("unknown activation %r" % name)


def backward_activation(name, da, a):
    """dz = da * g'(z), with g'(z) written from the stored a = g(z) as InitViz does."""
    if name == "relu":
        return np.multiply(da, np.int64(a > 0))  # the notebook's own mask
    if name == "tanh":
        return da * (1 - a ** 2)
    if name == "sigmoid":
        return da * (a * (1 - a))
    if name == "leaky-relu":
        return da * np.where(a > 0, 1.0, LEAKY_SLOPE)
    raise ValueError("unknown activation %r" % name)


def load_dataset(train_samples=300, test_samples=100, noise=.05, factor=.8, train_seed=1, test_seed=2,
                 kind="circles", spread=.5):
    """init_utils.load_dataset without the scatter plot: X is 2 x m, Y is 1 x m. Another `kind`
    (issue 10: moons, blobs, xor, spiral) is drawn by dataset_kinds.py, seeded the same way."""
    if kind == "circles":
        def make(n):
            return sklearn.datasets.make_circles(n_samples=n, noise=noise, factor=factor)
    else:
        import dataset_kinds
        def make(n):
            return dataset_kinds.generate(kind, n, {"noise": noise, "factor": factor, "spread": spread}, np)
    np.random.seed(train_seed)
    train_X, train_Y = make(train_samples)
    np.random.seed(test_seed)
    test_X, test_Y = make(test_samples)
    train_X = train_X.T
    train_Y = train_Y.reshape((1, train_Y.shape[0]))
    test_X = test_X.T
    test_Y = test_Y.reshape((1, test_Y.shape[0]))
    return train_X, train_Y, test_X, test_Y


def num_layers(parameters):
    return len(parameters) // 2


def forward_propagation(X, parameters, activation="relu"):
    """LINEAR -> RELU (or --activation) -> ... -> LINEAR -> SIGMOID. The cache holds
    (a_prev, W, z, a) per layer."""
    L = num_layers(parameters)
    a = X
    cache = []
    for l in range(1, L + 1):
        W = parameters["W" + str(l)]
        b = parameters["b" + str(l)]
        z = np.dot(W, a) + b
        a_prev = a
        a = sigmoid(z) if l == L else hidden_activation(activation, z)
        cache.append((a_prev, W, z, a))
    return a, cache


def backward_propagation(X, Y, cache, activation="relu"):
    """The notebook's backward pass: dz_L = (a_L - Y)/m, ReLU mask int64(a > 0) (or the other
    activation's derivative from the stored a), db = row sums."""
    m = X.shape[1]
    L = len(cache)
    grads = {}
    a_L = cache[-1][3]
    dz = 1. / m * (a_L - Y)
    for l in range(L, 0, -1):
        a_prev, W, z, a = cache[l - 1]
        grads["dW" + str(l)] = np.dot(dz, a_prev.T)
        grads["db" + str(l)] = np.sum(dz, axis=1, keepdims=True)
        if l > 1:
            da_prev = np.dot(W.T, dz)
            dz = backward_activation(activation, da_prev, a_prev)
    return grads


def update_parameters(parameters, grads, learning_rate):
    L = len(parameters) // 2
    for k in range(L):
        parameters["W" + str(k + 1)] = parameters["W" + str(k + 1)] - learning_rate * grads["dW" + str(k + 1)]
        parameters["b" + str(k + 1)] = parameters["b" + str(k + 1)] - learning_rate * grads["db" + str(k + 1)]
    return parameters


def compute_loss(a3, Y):
    m = Y.shape[1]
    logprobs = np.multiply(-np.log(a3), Y) + np.multiply(-np.log(1 - a3), 1 - Y)
    loss = 1. / m * np.nansum(logprobs)
    return loss


def predict_labels(X, parameters, activation="relu"):
    """init_utils.predict without the print: 1 x m int array, 1 where a3 > 0.5."""
    a3, _ = forward_propagation(X, parameters, activation)
    return (a3 > 0.5).astype(np.int64)


def accuracy(p, y):
    return float(np.mean(p[0, :] == y[0, :]))


def predict_dec(parameters, X):
    a3, cache = forward_propagation(X, parameters)
    predictions = (a3 > 0.5)
    return predictions


# --------------------------------------------------------------------------- initializations

def initialize_parameters(name, layers_dims, seed=3):
    """The notebook's zeros / random / he, plus the schemes InitViz adds.

    Every random scheme seeds numpy's legacy generator once, then draws W_l (n_l x n_{l-1}) for
    l = 1..L in order; biases are zero.
    """
    if name not in INITS:
        raise ValueError("unknown initialization %r" % name)
    parameters = {}
    L = len(layers_dims)
    if name != "zeros":
        np.random.seed(seed)
    for l in range(1, L):
        n, n_prev = layers_dims[l], layers_dims[l - 1]
        if name == "zeros":
            W = np.zeros((n, n_prev))
        elif name == "random":
            W = np.random.randn(n, n_prev) * 10
        elif name == "he":
            W = np.random.randn(n, n_prev) * np.sqrt(2. / n_prev)
        elif name == "lecun":
            W = np.random.randn(n, n_prev) * np.sqrt(1. / n_prev)
        elif name == "xavier":
            W = np.random.randn(n, n_prev) * np.sqrt(2. / (n_prev + n))
        elif name == "he-uniform":
            lim = np.sqrt(6. / n_prev)
            W = np.random.uniform(-lim, lim, size=(n, n_prev))
        elif name == "xavier-uniform":
            lim = np.sqrt(6. / (n_prev + n))
            W = np.random.uniform(-lim, lim, size=(n, n_prev))
        else:  # small
            W = np.random.randn(n, n_prev) * 0.01
        parameters["W" + str(l)] = W
        parameters["b" + str(l)] = np.zeros((n, 1))
    return parameters


# --------------------------------------------------------------------------- the notebook's model()

def train(X, Y, parameters, learning_rate=0.01, num_iterations=15000, cost_every=1000, on_cost=None,
          activation="relu"):
    """The notebook's loop: cost computed before the update, recorded when i % cost_every == 0."""
    costs = []
    for i in range(0, num_iterations):
        a3, cache = forward_propagation(X, parameters, activation)
        cost = compute_loss(a3, Y)
        grads = backward_propagation(X, Y, cache, activation)
        parameters = update_parameters(parameters, grads, learning_rate)
        if i % cost_every == 0:
            costs.append((i, cost))
            if on_cost is not None:
                on_cost(i, cost)
    return parameters, costs


# --------------------------------------------------------------------------- output helpers

def number(x):
    """A float for JSON: full precision (repr), non-finite as the strings "inf", "-inf", "nan"."""
    x = float(x)
    if math.isnan(x):
        return "nan"
    if math.isinf(x):
        return "inf" if x > 0 else "-inf"
    return x


def bits(p):
    return "".join("1" if v else "0" for v in p[0, :])


def dumps(obj):
    return json.dumps(obj, separators=(",", ":"), allow_nan=False)


def blas_info():
    """What BLAS numpy is actually using: the shared libraries mapped into this process (Linux)
    and threadpoolctl's view if it is installed. Debian's numpy uses whatever libblas.so.3 the
    alternatives system points at (netlib reference BLAS unless OpenBLAS/BLIS is installed)."""
    info = {}
    try:
        with open("/proc/self/maps") as maps:
            libs = sorted({line.split()[-1] for line in maps
                           if any(k in line for k in ("blas", "lapack", "blis", "mkl"))
                           and "-packages/" not in line})
        info["loaded_libraries"] = libs
    except OSError:
        pass
    try:
        import threadpoolctl
        info["threadpoolctl"] = [{k: d.get(k) for k in ("internal_api", "version", "architecture",
                                                         "num_threads", "filepath") if k in d}
                                 for d in threadpoolctl.threadpool_info()]
    except Exception:
        pass
    try:
        info["numpy_blas_opt_libraries"] = np.__config__.blas_opt_info.get("libraries")
    except Exception:
        pass
    return info


# --------------------------------------------------------------------------- CLI

def positive_int(text):
    v = int(text)
    if v < 1:
        raise argparse.ArgumentTypeError("must be >= 1, got %s" % text)
    return v


def seed_int(text):
    v = int(text)
    if not 0 <= v <= 2 ** 32 - 1:
        raise argparse.ArgumentTypeError("seed must be in 0..2^32-1, got %s" % text)
    return v


def layers_list(text):
    try:
        dims = [int(t) for t in text.split(",")]
    except ValueError:
        raise argparse.ArgumentTypeError("malformed layer list %r" % text)
    if len(dims) < 2 or min(dims) < 1:
        raise argparse.ArgumentTypeError("layers need at least two widths, all >= 1, got %r" % text)
    return dims


def main(argv=None):
    ap = argparse.ArgumentParser(description="numpy reference of the deeplearning.ai Initialization notebook "
                                             "(mirrors `initviz train`)")
    ap.add_argument("--init", default="he", choices=INITS)
    ap.add_argument("--activation", default="relu", choices=ACTIVATIONS)
    ap.add_argument("--seed", type=seed_int, default=3)
    ap.add_argument("--learning-rate", type=float, default=0.01)
    ap.add_argument("--iterations", type=positive_int, default=15000)
    ap.add_argument("--layers", type=layers_list, default=[2, 10, 5, 1])
    ap.add_argument("--cost-every", type=positive_int, default=1000)
    ap.add_argument("--train-samples", type=int, default=300)
    ap.add_argument("--test-samples", type=int, default=100)
    ap.add_argument("--noise", type=float, default=0.05)
    ap.add_argument("--factor", type=float, default=0.8)
    ap.add_argument("--kind", choices=["circles", "moons", "blobs", "xor", "spiral"], default="circles",
                    help="the data set kind, like initviz's --dataset (--noise and --spread as given)")
    ap.add_argument("--spread", type=float, default=0.5)
    ap.add_argument("--train-seed", type=seed_int, default=1)
    ap.add_argument("--test-seed", type=seed_int, default=2)
    ap.add_argument("--json", action="store_true", help="print one JSON object like `initviz train --json`")
    ap.add_argument("--init-only", action="store_true",
                    help="print the initial W matrices of --init/--layers/--seed as JSON and exit")
    ap.add_argument("--dataset", action="store_true",
                    help="print the generated points as JSON like `initviz dataset --json` and exit")
    ap.add_argument("--bench", action="store_true",
                    help="time the notebook's He run and its decision grid; print JSON")
    ap.add_argument("--repetitions", type=positive_int, default=5, help="timed repetitions for --bench (5)")
    args = ap.parse_args(argv)

    if not (math.isfinite(args.learning_rate) and args.learning_rate > 0):
        ap.error("learning rate must be finite and > 0")
    if args.train_samples < 2 or args.test_samples < 2:
        ap.error("sample counts must be >= 2")
    if not args.noise >= 0:
        ap.error("noise must be >= 0")
    if not 0 <= args.factor < 1:
        ap.error("factor must be in [0, 1)")

    if args.bench:
        return bench(args.repetitions)

    if args.init_only:  # any widths, e.g. the notebook's [3,2,1] and [3,1,2] examples
        params = initialize_parameters(args.init, args.layers, args.seed)
        L = num_layers(params)
        print(dumps({"init": args.init, "seed": args.seed, "layers": args.layers,
                     "W": [[[float(v) for v in row] for row in params["W" + str(l)]] for l in range(1, L + 1)],
                     "b": [[float(v) for v in params["b" + str(l)][:, 0]] for l in range(1, L + 1)]}))
        return 0

    if args.layers[0] != 2 or args.layers[-1] != 1:
        ap.error("layers must look like 2,h1,...,hk,1 for training, got %s" % args.layers)
    train_X, train_Y, test_X, test_Y = load_dataset(args.train_samples, args.test_samples, args.noise,
                                                    args.factor, args.train_seed, args.test_seed,
                                                    args.kind, args.spread)
    if args.dataset:
        def points(X, Y):
            return [[float(X[0, j]), float(X[1, j]), int(Y[0, j])] for j in range(X.shape[1])]
        print(dumps({"train": points(train_X, train_Y), "test": points(test_X, test_Y)}))
        return 0

    params = initialize_parameters(args.init, args.layers, args.seed)

    def show(i, cost):
        print("Cost after iteration {}: {}".format(i, cost), flush=True)

    with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
        t0 = time.perf_counter()
        params, costs = train(train_X, train_Y, params, args.learning_rate, args.iterations, args.cost_every,
                              on_cost=None if args.json else show, activation=args.activation)
        seconds = time.perf_counter() - t0
        p_train = predict_labels(train_X, params, args.activation)
        p_test = predict_labels(test_X, params, args.activation)
    acc_train = accuracy(p_train, train_Y)
    acc_test = accuracy(p_test, test_Y)

    if args.json:
        print(dumps({
            "init": args.init, "activation": args.activation, "seed": args.seed,
            "learning_rate": args.learning_rate,
            "iterations": args.iterations, "layers": args.layers,
            "costs": [{"iteration": i, "cost": number(c)} for i, c in costs],
            "train_accuracy": acc_train, "test_accuracy": acc_test,
            "train_predictions": bits(p_train), "test_predictions": bits(p_test),
            "train_seconds": seconds,
        }))
    else:
        print("On the train set:")
        print("Accuracy: " + str(acc_train))
        print("On the test set:")
        print("Accuracy: " + str(acc_test))
    return 0


def bench(repetitions):
    """Time (1) the notebook's He run and (2) its plot_decision_boundary prediction, in this process."""
    train_X, train_Y, _, _ = load_dataset()
    with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
        def one_run():
            params = initialize_parameters("he", [2, 10, 5, 1], 3)
            t0 = time.perf_counter()
            params, _ = train(train_X, train_Y, params, 0.01, 15000, 1000)
            return time.perf_counter() - t0, params

        _, trained = one_run()  # warm-up
        run_times = [one_run()[0] for _ in range(repetitions)]

        # init_utils.plot_decision_boundary's grid and prediction
        x_min, x_max = train_X[0, :].min() - 1, train_X[0, :].max() + 1
        y_min, y_max = train_X[1, :].min() - 1, train_X[1, :].max() + 1
        h = 0.01
        xx, yy = np.meshgrid(np.arange(x_min, x_max, h), np.arange(y_min, y_max, h))
        grid = np.c_[xx.ravel(), yy.ravel()].T
        predict_dec(trained, grid)  # warm-up
        grid_times = []
        for _ in range(repetitions):
            t0 = time.perf_counter()
            predict_dec(trained, grid)
            grid_times.append(time.perf_counter() - t0)

    print(dumps({
        "run_seconds": statistics.median(run_times),
        "grid_seconds": statistics.median(grid_times),
        "grid_points": int(grid.shape[1]),
        "repetitions": repetitions,
        "run_seconds_all": run_times,
        "grid_seconds_all": grid_times,
        "numpy": np.__version__,
        "sklearn": sklearn.__version__,
        "python": sys.version.split()[0],
        "blas": blas_info(),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
