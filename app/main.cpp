// SPDX-License-Identifier: GPL-3.0-or-later
// The initviz executable: everything it does lives in the initviz_app library (app/run.h), the
// command line itself in initviz_cli (app/cli.h), so tests and fuzzers reach it without a process.
#include "app/run.h"

int main(int argc, char* argv[])
{
    return initviz::cli::run(argc, argv);
}
