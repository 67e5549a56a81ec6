#!/usr/bin/python3
"""numpy reference of InitViz's per-layer statistics (issue 11): one forward and backward pass of
the notebook's network on the train set, at initialization or after --iterations updates, and for
every layer l = 1..L (the output layer too) the statistics core/layer_stats.h defines. Written from
those definitions, not from the C++ code; the network, data and training are notebook_reference.py's.

    /usr/bin/python3 tests/reference/layer_stats.py --init he --layers 2,10,5,1 --iterations 0

prints one JSON object: what `initviz inspect --json` prints (without "diagnosis"), plus each
layer's histogram, histogram_low and histogram_high.
"""

import argparse
import sys

import numpy as np

import notebook_reference as ref

HISTOGRAM_BINS = 32
TANH_SATURATION = 0.99
SIGMOID_SATURATION = (0.01, 0.99)
OUTPUT_SATURATION = 1e-12


def passes(X, Y, parameters, activation):
    """The notebook's forward and backward pass, keeping every layer's a, dz and dW."""
    a_L, cache = ref.forward_propagation(X, parameters, activation)
    m = X.shape[1]
    L = len(cache)
    dz = 1. / m * (a_L - Y)
    dzs, dWs = [None] * L, [None] * L
    for l in range(L, 0, -1):
        a_prev, W, z, a = cache[l - 1]
        dzs[l - 1] = dz
        dWs[l - 1] = np.dot(dz, a_prev.T)
        if l > 1:
            dz = ref.backward_activation(activation, np.dot(W.T, dz), a_prev)
    return [c[3] for c in cache], dzs, dWs


def saturated(a, kind):
    if kind == "tanh":
        return np.abs(a) >= TANH_SATURATION
    if kind == "sigmoid":
        return (a <= SIGMOID_SATURATION[0]) | (a >= SIGMOID_SATURATION[1])
    if kind == "output":
        return (a <= OUTPUT_SATURATION) | (a >= 1 - OUTPUT_SATURATION)
    return np.zeros(a.shape, dtype=bool)  # relu, leaky-relu


def histogram(a):
    finite = a[np.isfinite(a)]
    if finite.size == 0:
        return [0] * HISTOGRAM_BINS, 0.0, 0.0
    low, high = float(finite.min()), float(finite.max())
    if low == high:  # every entry equal: all in the first bin (np.histogram would widen the range)
        counts = [0] * HISTOGRAM_BINS
        counts[0] = int(finite.size)
        return counts, low, high
    counts, _ = np.histogram(finite, bins=HISTOGRAM_BINS, range=(low, high))
    return [int(c) for c in counts], low, high


def layer_statistics(parameters, activation, X, Y, iteration):
    activations, dzs, dWs = passes(X, Y, parameters, activation)
    L = len(activations)
    layers = []
    for l in range(1, L + 1):
        a = activations[l - 1]
        output = l == L
        kind = "output" if output else activation
        counts, low, high = histogram(a)
        layers.append({
            "layer": l,
            "activation_mean": ref.number(np.mean(a)),
            "activation_std": ref.number(np.std(a)),
            "dead_fraction": float(np.mean(a == 0)) if activation == "relu" and not output else 0.0,
            "saturated_fraction": float(np.mean(saturated(a, kind))),
            "weight_std": ref.number(np.std(parameters["W" + str(l)])),
            "gradient_norm": ref.number(np.linalg.norm(dWs[l - 1])),
            "delta_std": ref.number(np.std(dzs[l - 1])),
            "histogram": counts,
            "histogram_low": ref.number(low),
            "histogram_high": ref.number(high),
        })
    return {"iteration": iteration, "layers": layers,
            "output_saturated_fraction": layers[-1]["saturated_fraction"]}


def main(argv=None):
    ap = argparse.ArgumentParser(description="numpy reference of InitViz's per-layer statistics")
    ap.add_argument("--init", default="he", choices=ref.INITS)
    ap.add_argument("--activation", default="relu", choices=ref.ACTIVATIONS)
    ap.add_argument("--seed", type=ref.seed_int, default=3)
    ap.add_argument("--learning-rate", type=float, default=0.01)
    ap.add_argument("--iterations", type=int, default=0, help="updates before measuring (0)")
    ap.add_argument("--layers", type=ref.layers_list, default=[2, 10, 5, 1])
    args = ap.parse_args(argv)
    if args.iterations < 0:
        ap.error("iterations must be >= 0")
    train_X, train_Y, _, _ = ref.load_dataset()
    params = ref.initialize_parameters(args.init, args.layers, args.seed)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore", under="ignore"):
        if args.iterations > 0:
            params, _ = ref.train(train_X, train_Y, params, args.learning_rate, args.iterations,
                                  args.iterations, activation=args.activation)
        result = layer_statistics(params, args.activation, train_X, train_Y, args.iterations)
    result = {"init": args.init, "activation": args.activation, "seed": args.seed,
              "learning_rate": args.learning_rate, "layer_dims": args.layers, **result}
    print(ref.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
