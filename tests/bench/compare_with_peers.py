#!/usr/bin/python3
"""Runs InitViz and its peers on the same rows and prints README's Performance table.

Called by tests/bench/compare-with-peers (which builds what it needs first):
    compare_with_peers.py --build DIR [--repetitions N] [--skip-peers]

InitViz's side: `initviz train --json` (its train_seconds: the training loop, as the peers time
theirs), initviz_bench_frame (the window's grid and redraw), `initviz compare --seeds` (wall time)
and initviz_bench_peak (the arithmetic peak of one core, for each row's floor). The peers' side:
tests/bench/peers.py for numpy, PyTorch by hand and PyTorch with autograd + SGD, one thread each.
Exits 1 when a target is missed, 0 when every target is met.
"""

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
NOTEBOOK = [2, 10, 5, 1]
DEEP = [2] + [20] * 10 + [1]
WIDE = [2, 64, 64, 1]
GRID_POINTS = 151 * 151  # the window's live boundary grid
SEED_INITS = "zeros,random,he,xavier"
SEEDS = "1-4"

TARGET_NOTEBOOK_RATIO = 30.0
TARGET_NETWORK_RATIO = 25.0
TARGET_FRAME_SECONDS = 0.016
TARGET_TRAINING_LOSS = 0.20
PEER_LONG_RUN_SECONDS = 5  # peers.py's LONG_RUN_SECONDS: a row that long is timed once


def forward_macs(layers):
    return sum(a * b for a, b in zip(layers, layers[1:]))


def training_flops(layers, samples, iterations):
    """2 x multiply-adds: forward, dW, and dA for every layer but the first (core/benchmark.cpp)."""
    forward = forward_macs(layers)
    per_sample = forward + forward + (forward - layers[0] * layers[1])
    return 2.0 * per_sample * samples * iterations


def run_json(command, env=None):
    result = subprocess.run(command, check=True, capture_output=True, text=True, env=env)
    return json.loads(result.stdout)


def log(message):
    print("compare-with-peers: " + message, file=sys.stderr, flush=True)


def initviz_train(initviz, layers, samples, iterations, repetitions):
    command = [initviz, "train", "--json", "--layers", ",".join(map(str, layers)),
               "--iterations", str(iterations), "--train-samples", str(samples)]
    times = [run_json(command)["train_seconds"] for _ in range(repetitions + 1)][1:]
    return statistics.median(times)


def initviz_frame(frame, layers, panels, repetitions, run_iterations=0):
    """With run_iterations, also a window run of that many iterations against the core's."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return run_json([frame, "--layers", ",".join(map(str, layers)), "--panels", str(panels),
                     "--repetitions", str(max(repetitions, 21)),
                     "--run-iterations", str(run_iterations)], env)


def initviz_seeds(initviz, repetitions):
    times = []
    for _ in range(repetitions + 1):
        start = time.perf_counter()
        subprocess.run([initviz, "compare", "--inits", SEED_INITS, "--seeds", SEEDS], check=True,
                       capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times[1:])


def cpu_name():
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def seconds_text(seconds):
    if seconds is None:
        return "-"
    return "%.2f ms" % (seconds * 1e3) if seconds < 1 else "%.3f s" % seconds


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--build", required=True, help="the release build directory")
    parser.add_argument("--repetitions", type=int, default=3)
    parser.add_argument("--skip-peers", action="store_true",
                        help="InitViz's figures only (no ratios; every ratio target counts as missed)")
    args = parser.parse_args()
    initviz = os.path.join(args.build, "app", "initviz")
    frame = os.path.join(args.build, "tests", "bench", "initviz_bench_frame")
    peak_program = os.path.join(args.build, "tests", "bench", "initviz_bench_peak")
    cores = os.cpu_count() or 1

    log("measuring this core's peak")
    peak = run_json([peak_program])["peak_gflops"] * 1e9

    log("timing InitViz")
    ours = {
        "notebook": initviz_train(initviz, NOTEBOOK, 300, 15000, args.repetitions),
        "deep": initviz_train(initviz, DEEP, 300, 5000, args.repetitions),
        "wide": initviz_train(initviz, WIDE, 10000, 1000, args.repetitions),
    }
    grid = initviz_frame(frame, NOTEBOOK, 1, args.repetitions)
    ours["grid"] = grid["grid_seconds"]
    # The 16-panel frames also time one window run (RunWorker, unpaced, publishing) against the
    # core's train(): what a run's thread loses to the window.
    run_iterations = {"notebook": 15000, "deep": 5000}
    frames = {(name, panels): initviz_frame(frame, layers, panels, args.repetitions,
                                            run_iterations[name] if panels == 16 else 0)
              for name, layers in (("notebook", NOTEBOOK), ("deep", DEEP)) for panels in (3, 16)}
    ours["seeds16"] = initviz_seeds(initviz, min(args.repetitions, 3))
    # issue 11: the live per-layer statistics, off and on, as `initviz bench` times them
    bench = {f["name"]: f["seconds"] for f in run_json(
        [initviz, "bench", "--json", "--repetitions", str(max(args.repetitions, 5))])["figures"]}

    peers = {}
    if not args.skip_peers:
        for peer in ("numpy", "torch-hand", "torch-autograd"):
            log("timing " + peer + " (one thread; the slow rows take minutes)")
            peers[peer] = run_json(["/usr/bin/python3", os.path.join(HERE, "peers.py"), "--peer", peer,
                                    "--repetitions", str(args.repetitions)])

    def peer_seconds(peer, row):
        return peers[peer]["rows"][row]["seconds"] if peer in peers else None

    def best_torch(row):
        values = [v for v in (peer_seconds("torch-hand", row), peer_seconds("torch-autograd", row))
                  if v is not None]
        return min(values) if values else None

    flops = {
        "notebook": training_flops(NOTEBOOK, 300, 15000),
        "deep": training_flops(DEEP, 300, 5000),
        "wide": training_flops(WIDE, 10000, 1000),
        "grid": 2.0 * forward_macs(NOTEBOOK) * GRID_POINTS,
        "seeds16": 16 * training_flops(NOTEBOOK, 300, 15000),
    }
    descriptions = {
        "notebook": "notebook run: He, 2-10-5-1, 300 points, 15000 iterations",
        "deep": "deep net: 2,20x10,1, 300 points, 5000 iterations",
        "wide": "wide net: 2,64,64,1, 10,000 points, 1000 iterations",
        "grid": "decision grid at the window's resolution (151 x 151), notebook net",
        "seeds16": "16-run seed comparison (4 inits x seeds 1-4), wall time",
    }
    targets = {"notebook": TARGET_NOTEBOOK_RATIO, "deep": TARGET_NETWORK_RATIO,
               "wide": TARGET_NETWORK_RATIO}

    missed = []
    lines = []
    for row in ("notebook", "deep", "wide", "grid", "seeds16"):
        mine = ours[row]
        numpy_s, hand_s, auto_s = (peer_seconds(p, row) for p in ("numpy", "torch-hand", "torch-autograd"))
        torch_s = best_torch(row)
        numpy_ratio = numpy_s / mine if numpy_s else None
        torch_ratio = torch_s / mine if torch_s else None
        # seeds16 runs on every core (a pool of one thread per core); the others on one.
        floor = flops[row] / (peak * (cores if row == "seeds16" else 1))
        target_text, met_text = "-", "-"
        if row in targets:
            goal = targets[row]
            target_text = ">= %gx numpy and PyTorch" % goal
            met = numpy_ratio is not None and torch_ratio is not None and numpy_ratio >= goal \
                and torch_ratio >= goal
            met_text = "met" if met else "NOT MET"
            if not met:
                missed.append(row)
        ratio_text = "%s / %s" % ("%.1fx" % numpy_ratio if numpy_ratio else "-",
                                  "%.1fx" % torch_ratio if torch_ratio else "-")
        if row in targets and numpy_s and torch_s:
            # The most any program could reach on this machine: the peers' time over the floor.
            ratio_text += " (the floor allows %.0fx / %.0fx)" % (numpy_s / floor, torch_s / floor)
        lines.append("| %s | %s (%.1f GFLOP/s) | %s | %s / %s | %s | %s (%.1fx off) | %s | %s |" % (
            descriptions[row], seconds_text(mine), flops[row] / mine * 1e-9, seconds_text(numpy_s),
            seconds_text(hand_s), seconds_text(auto_s), ratio_text, seconds_text(floor),
            mine / floor, target_text, met_text))

    for name, panels in (("notebook", 3), ("notebook", 16), ("deep", 3), ("deep", 16)):
        result = frames[(name, panels)]
        gui = result["gui_seconds"]
        floor = 2.0 * forward_macs(NOTEBOOK if name == "notebook" else DEEP) * GRID_POINTS * panels / peak
        checked = name == "deep" and panels == 16
        run_text = ""
        loss = 0.0
        if "window_run_seconds" in result:
            loss = result["window_run_seconds"] / result["core_run_seconds"] - 1.0
            run_text = "; a window run %s against the core's %s (%+.0f%%)" % (
                seconds_text(result["window_run_seconds"]), seconds_text(result["core_run_seconds"]),
                loss * 100)
        met = gui <= TARGET_FRAME_SECONDS and loss <= TARGET_TRAINING_LOSS
        if checked and not met:
            missed.append("frame")
        lines.append("| window frame, %d panels of the %s net (%dx%d px each): GUI thread; grids%s | "
                     "%s; %s%s | - | - | - | grids %s | %s | %s |" % (
                         panels, name, result["panel_width"], result["panel_height"],
                         "; a window run against the core's" if run_text else "",
                         seconds_text(gui), seconds_text(result["grid_seconds"]), run_text,
                         seconds_text(floor),
                         "GUI <= 16 ms, run threads lose <= 20%" if checked else "-",
                         ("met" if met else "NOT MET") if checked else "-"))

    off, closed, on = (bench["notebook_run_snapshots"], bench["notebook_run_statistics_closed"],
                       bench["notebook_run_statistics"])
    closed_met = closed <= off * 1.10
    if not closed_met:
        missed.append("statistics, panel closed")
    lines.append("| notebook run, a snapshot every 25 iterations, per-layer statistics off / "
                 "panel closed (the window's runs) / on | %s / %s (%+.0f%%) / %s (%+.0f%%) | "
                 "- | - | - | - | panel closed within 10%% of off | %s |" % (
                     seconds_text(off), seconds_text(closed), (closed / off - 1) * 100,
                     seconds_text(on), (on / off - 1) * 100, "met" if closed_met else "NOT MET"))

    numpy_info = peers.get("numpy", {})
    torch_info = peers.get("torch-hand", {})
    blas = ", ".join(os.path.basename(b) for b in numpy_info.get("blas", [])) or "its BLAS"
    print("Machine: %s, %d hardware threads; measured peak of one core %.1f GFLOP/s "
          "(initviz_bench_peak: FMA chains, as wide as the build's vectors); numpy %s with %s; "
          "PyTorch %s (CPU, %s thread); all float64; medians of %d repetitions after a warm-up "
          "(peer rows over %d s: one run)." % (
              cpu_name(), cores, peak * 1e-9, numpy_info.get("numpy", "-"), blas,
              torch_info.get("torch", "-"), torch_info.get("torch_threads", "-"),
              args.repetitions, PEER_LONG_RUN_SECONDS))
    print()
    print("| row | InitViz | numpy | PyTorch by hand / autograd + SGD | ratio numpy / PyTorch "
          "| FLOP floor (InitViz off it) | target | met |")
    print("|---|---|---|---|---|---|---|---|")
    for line in lines:
        print(line)
    if missed:
        log("targets missed: " + ", ".join(missed))
        return 1
    log("every target met")
    return 0


if __name__ == "__main__":
    sys.exit(main())
