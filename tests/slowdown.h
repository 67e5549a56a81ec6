// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How many times longer a sanitizer build (INITVIZ_SANITIZED, set for every test of one by
// tests/CMakeLists.txt) may take than the bounds a test sets for a release build: ASan runs the
// numeric kernels several times slower, more so on machines with narrower vectors.

namespace initviz::test {

#ifdef INITVIZ_SANITIZED
inline constexpr int kSlowdown = 4;
#else
inline constexpr int kSlowdown = 1;
#endif

} // namespace initviz::test
