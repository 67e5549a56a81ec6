// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the window's remembered settings (issue 5). The input is the text of the
// settings file (INI), any bytes; initviz::ui::loadSettings reads it. Reading must never throw,
// and whatever it returns must be an experiment the core accepts (corrupt or hostile values fall
// back to the notebook's).
#include "ui/experiment_settings.h"

#include <QSettings>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {
[[noreturn]] void finding(const char* what, const char* detail)
{
    std::fprintf(stderr, "fuzz_settings: %s: %s\n", what, detail);
    std::abort();
}

// One scratch file per fuzzing process, rewritten for every input.
const std::string& scratchPath()
{
    static const std::string path
        = "/tmp/initviz-fuzz-settings-" + std::to_string(getpid()) + ".ini";
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    {
        std::ofstream file(scratchPath(), std::ios::binary | std::ios::trunc);
        file.write(reinterpret_cast<const char*>(data), static_cast<std::streamsize>(size));
    }
    QSettings store(QString::fromStdString(scratchPath()), QSettings::IniFormat);
    initviz::ui::RememberedSettings remembered;
    try {
        remembered = initviz::ui::loadSettings(store);
    } catch (const std::exception& error) {
        finding("loadSettings threw", error.what());
    }
    try {
        remembered.experiment.validate();
    } catch (const std::exception& error) {
        finding("loaded settings the core rejects", error.what());
    }
    return 0;
}
