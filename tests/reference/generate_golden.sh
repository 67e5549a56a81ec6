#!/bin/sh
# Regenerates tests/reference/golden/ with the numpy reference. Run from anywhere:
#   tests/reference/generate_golden.sh
# Uses Debian's /usr/bin/python3 with python3-numpy and python3-sklearn; the environment
# (including OPENBLAS_* variables) is used as is.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
ref="/usr/bin/python3 $here/notebook_reference.py"
out="$here/golden"
mkdir -p "$out"
for s in zeros random he lecun xavier he-uniform xavier-uniform small; do
    $ref --init "$s" --json > "$out/$s.json"
    $ref --init-only --init "$s" --layers 2,4,1 --seed 3 > "$out/init_${s}_2_4_1.json"
done
# the notebook's own printed initialization examples, at full precision
$ref --init-only --init zeros --layers 3,2,1 > "$out/init_zeros_3_2_1.json"
$ref --init-only --init random --layers 3,2,1 --seed 3 > "$out/init_random_3_2_1.json"
$ref --init-only --init he --layers 3,1,2 --seed 3 > "$out/init_he_3_1_2.json"
# the notebook's train (300) and test (100) points
$ref --dataset > "$out/dataset.json"
# exact checks: numpy's sums, generator streams and the points with the C library's cos and sin
/usr/bin/python3 "$here/pairwise_sums.py" > "$out/pairwise_sums.json"
/usr/bin/python3 "$here/random_streams.py" > "$out/random_streams.json"
/usr/bin/python3 "$here/dataset_libm_trig.py" > "$out/dataset_libm_trig.json"
# every data set kind (train and test, default and another setting), plain and with libm trig
/usr/bin/python3 "$here/dataset_kinds.py" "$out"
# the notebook's He run on each other data set kind at its defaults (README's data set table)
for k in "moons --noise 0.1" "blobs --spread 0.5" "xor --noise 0.05" "spiral --noise 0.05"; do
    $ref --init he --json --kind $k > "$out/train_he_${k%% *}.json"
done
# hidden activations (issue 10): each on the notebook's net with He, a short run
for a in relu tanh sigmoid leaky-relu; do
    $ref --init he --activation "$a" --iterations 2000 --cost-every 100 --json > "$out/activation_$a.json"
done
# issue 10's "Done when": He/Xavier x ReLU/tanh on a 10-hidden-layer net, 5000 iterations
for s in he xavier; do
    for a in relu tanh; do
        $ref --init "$s" --activation "$a" --layers 2,20,20,20,20,20,20,20,20,20,20,1 \
            --iterations 5000 --json > "$out/deep_${s}_$a.json"
    done
done
# the same on the moons (noise 0.1, the kind's default): not chaotic, every checkpoint holds
for s in he xavier; do
    for a in relu tanh; do
        $ref --init "$s" --activation "$a" --layers 2,20,20,20,20,20,20,20,20,20,20,1 \
            --iterations 5000 --kind moons --noise 0.1 --json > "$out/deep_moons_${s}_$a.json"
    done
done
# per-layer statistics (issue 11): every scheme on the notebook's net at initialization, two
# deeper nets (He and Xavier, ReLU and tanh), the sigmoid, and after training
for s in zeros random he lecun xavier he-uniform xavier-uniform small; do
    /usr/bin/python3 "$here/layer_stats.py" --init "$s" > "$out/stats_${s}_relu_0.json"
done
for s in he xavier; do
    for a in relu tanh; do
        /usr/bin/python3 "$here/layer_stats.py" --init "$s" --activation "$a" \
            --layers 2,20,20,20,20,20,1 > "$out/stats_deep_${s}_${a}_0.json"
    done
done
/usr/bin/python3 "$here/layer_stats.py" --init he --activation sigmoid > "$out/stats_he_sigmoid_0.json"
/usr/bin/python3 "$here/layer_stats.py" --init he --iterations 1000 > "$out/stats_he_relu_1000.json"
/usr/bin/python3 "$here/layer_stats.py" --init xavier --activation tanh --layers 2,20,20,20,20,20,1 \
    --iterations 300 > "$out/stats_deep_xavier_tanh_300.json"
# the depth experiment (issue 11): std of A_l and dZ_l per layer at initialization
/usr/bin/python3 "$here/depth_experiment.py" --width 20 --depth 10 \
    --activations relu,tanh,sigmoid,leaky-relu > "$out/depth_w20_d10.json"
/usr/bin/python3 "$here/depth_experiment.py" --width 20 --depth 50 --activations relu > "$out/depth_w20_d50.json"
/usr/bin/python3 "$here/depth_experiment.py" --width 3 --depth 4 --seed 1 --activations relu,tanh > "$out/depth_w3_d4.json"
# issue 11's size (the shared passes, large random's std overflowing as numpy's does) and a
# narrow deep net whose signals underflow (the direct fallback)
/usr/bin/python3 "$here/depth_experiment.py" --width 100 --depth 100 --activations relu,leaky-relu > "$out/depth_w100_d100.json"
/usr/bin/python3 "$here/depth_experiment.py" --width 2 --depth 100 --seed 1 --activations relu,leaky-relu > "$out/depth_w2_d100.json"
