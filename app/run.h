// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace initviz::cli {

/// Exit codes of `initviz`.
inline constexpr int kExitSuccess = 0;
/// Something failed that the command line did not cause (the output could not be written), or a
/// scripted window run none of whose runs finished.
inline constexpr int kExitFailure = 1;
/// Bad input: a one-line "initviz: ..." message on stderr and nothing on stdout.
inline constexpr int kExitUsage = 2;
/// The machine ran out of memory (issue 15: not bad input, and not to be confused with it).
inline constexpr int kExitOutOfMemory = 3;

/// The whole `initviz` program: parses and validates the command line, then runs the headless
/// command (under a QCoreApplication, or a QApplication for `compare --plot`) or opens the
/// window. Nothing is printed on stdout for bad input; results already computed are printed
/// before a later step (the figure) fails. Returns the exit code.
[[nodiscard]] int run(int argc, char* argv[]);

} // namespace initviz::cli
