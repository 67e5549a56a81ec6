#!/usr/bin/python3
"""numpy's own sums of float64 arrays, for tst_network's exact pairwise-summation test.

The notebook's cost is `1./m * np.nansum(logprobs)`; np.sum of a contiguous float64 array adds
its values in numpy's order (8 accumulators over blocks of at most 128 values, halves above that,
and, since the ufunc machinery hands the loop at most one buffer of 8192 values at a time, those
blocks added left to right onto the identity 0.0). The lengths below exercise each step: fewer
than 8 values, the 8-way unroll and its remainder, the 128-value block and its recursion, the
notebook's m = 300, and one, two and many 8192-value buffers.

The inputs are a formula both sides compute exactly (an integer hash scaled by a power of two,
so no rounding happens before the sum): value i of a row with salt s is
    h = (i * 2654435761 + s * 40503) mod 2^32
    x = ldexp((h >> 8) / 2^24 - 0.5, h mod 61 - 30)
Magnitudes spread over 2^60, so every different order of additions rounds differently; the
file records on which rows a plain left-to-right loop, a 4-way unroll and numpy's pairwise order
without the 8192-value buffers give another answer (tst_network checks that each of these wrong
orders is caught by some row). The expected sums are numpy's np.sum (checked equal to np.nansum of the 1 x m
array the notebook sums), written as IEEE-754 bit patterns.

    /usr/bin/python3 tests/reference/pairwise_sums.py > tests/reference/golden/pairwise_sums.json
"""

import json
import math
import sys

import numpy as np

LENGTHS = (0, 1, 7, 8, 9, 15, 16, 17, 31, 100, 127, 128, 129, 130, 135, 136, 255, 256, 257, 300,
           1000, 1023, 1031, 4096, 8191, 8192, 8193, 10000, 16384, 16385, 20000, 65536, 100003)
SALTS = (1, 2)


def values(length, salt):
    out = np.empty(length)
    for i in range(length):
        h = (i * 2654435761 + salt * 40503) % 2 ** 32
        out[i] = math.ldexp((h >> 8) / 2.0 ** 24 - 0.5, h % 61 - 30)
    return out


def plain_loop(a):
    total = 0.0
    for x in a:
        total += x
    return total


def four_way(a):
    """A pairwise sum with 4 accumulators instead of numpy's 8: a plausible wrong port."""
    n = len(a)
    if n < 4:
        return plain_loop(a)
    if n <= 128:
        r = list(a[:4])
        i = 4
        while i < n - n % 4:
            for j in range(4):
                r[j] += a[i + j]
            i += 4
        total = (r[0] + r[1]) + (r[2] + r[3])
        for x in a[i:]:
            total += x
        return total
    half = n // 2
    half -= half % 4
    return four_way(a[:half]) + four_way(a[half:])


def unbuffered(a):
    """numpy's pairwise order over the whole array, without the 8192-value buffers."""
    n = len(a)
    if n < 8:
        total = -0.0
        for x in a:
            total += x
        return total
    if n <= 128:
        r = list(a[:8])
        i = 8
        while i < n - n % 8:
            for j in range(8):
                r[j] += a[i + j]
            i += 8
        total = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]))
        for x in a[i:]:
            total += x
        return total
    half = n // 2
    half -= half % 8
    return unbuffered(a[:half]) + unbuffered(a[half:])


def bits(x):
    return "%016x" % np.array(x, dtype=np.float64).view(np.uint64)


def main():
    rows = []
    for length in LENGTHS:
        for salt in SALTS:
            a = values(length, salt)
            expected = float(np.sum(a))
            nansum = float(np.nansum(a.reshape(1, length)))
            if bits(expected) != bits(nansum):
                sys.exit("np.sum and np.nansum disagree at length %d" % length)
            as_list = a.tolist()
            rows.append({
                "length": length, "salt": salt, "sum": bits(expected), "value": expected,
                "plain_loop_differs": bits(plain_loop(as_list)) != bits(expected),
                "four_way_differs": bits(four_way(as_list)) != bits(expected),
                "unbuffered_differs": bits(unbuffered(as_list)) != bits(expected),
            })
    print(json.dumps({"numpy": np.__version__, "rows": rows}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
