// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the experiment file (issue 12), read by initviz::ui::parseExperiment. The
// input is the file's bytes. A refused file must come with a non-empty one-line message of at
// most a few hundred characters (file text is quoted short); an accepted one must be an
// experiment the core accepts, and write back (experimentJson) to a text that reads to the same
// experiment.
#include "ui/experiment_file.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>

namespace {
// Messages name a field and quote at most 40 characters of the file; far below this.
constexpr qsizetype kMaxMessageLength = 1000;

[[noreturn]] void finding(const char* what, const QString& detail)
{
    std::fprintf(stderr, "fuzz_experiment: %s: %s\n", what, qPrintable(detail.left(2000)));
    std::abort();
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    const std::optional<initviz::ui::ExperimentSettings> experiment
        = initviz::ui::parseExperiment(json, &error);
    if (!experiment) {
        if (error.isEmpty())
            finding("refused without a message", QString::fromUtf8(json));
        if (error.contains(QLatin1Char('\n')) || error.contains(QLatin1Char('\r')))
            finding("message of more than one line", error);
        if (error.size() > kMaxMessageLength)
            finding("message too long", error);
        return 0;
    }
    try {
        experiment->validate();
    } catch (const std::exception& problem) {
        finding("accepted an experiment the core refuses", QString::fromUtf8(problem.what()));
    }
    const QByteArray written = initviz::ui::experimentJson(*experiment);
    const std::optional<initviz::ui::ExperimentSettings> back
        = initviz::ui::parseExperiment(written, &error);
    if (!back)
        finding("experimentJson does not read back", error);
    if (!(*back == *experiment))
        finding("experimentJson reads back to another experiment", QString::fromUtf8(written));
    return 0;
}
