// SPDX-License-Identifier: GPL-3.0-or-later
// The initviz executable: everything it does lives in the initviz_cli library (app/run.h), so
// tests and fuzzers can reach the command line without a process.
#include "app/run.h"

int main(int argc, char* argv[])
{
    return initviz::cli::run(argc, argv);
}
