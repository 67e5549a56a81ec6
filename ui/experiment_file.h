// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/experiment_settings.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace initviz::ui {

/// Issue 12: an experiment file (`.initviz`) is JSON: `"format": "initviz-experiment"`, a
/// `"version"`, and every setting of the experiment (the form's: initializations, activations,
/// training, the data's generator) plus, for your own data, the points themselves. Recorded
/// results are not saved. QtCore only, so it is tested and fuzzed without a window.
inline constexpr int kExperimentFileVersion = 1;
/// The largest experiment file read: 100,000 train and test points take about 6 MiB.
inline constexpr long long kMaxExperimentFileBytes = 64LL * 1024 * 1024;
/// The file name suffix, without the dot.
inline constexpr const char* kExperimentSuffix = "initviz";

/// The experiment as the file's JSON text. Every real is written as its shortest exact decimal,
/// so it reads back bit for bit (a coordinate of -0 reads back as 0: Qt's JSON has no -0).
[[nodiscard]] QByteArray experimentJson(const ExperimentSettings& experiment);

/// Reads an experiment file's text. A text that is not JSON, another format, a version other than
/// kExperimentFileVersion, a missing, unknown or wrong-typed field, a value outside what the form
/// takes, or an experiment the core refuses: nothing, with `errorMessage` naming the problem (the
/// core's own words where the core judges).
[[nodiscard]] std::optional<ExperimentSettings> parseExperiment(const QByteArray& json,
                                                                QString* errorMessage);

/// parseExperiment on the file at `path`, which must be a regular file of at most
/// kMaxExperimentFileBytes (checked before it is opened: a FIFO never blocks, a 1 GiB file is never
/// read). The message starts with the file's name.
[[nodiscard]] std::optional<ExperimentSettings> readExperimentFile(const QString& path,
                                                                   QString* errorMessage);

/// Writes experimentJson atomically (ui/save_file.h); `path` must end in .initviz. An experiment
/// the core refuses is not written.
bool writeExperimentFile(const QString& path, const ExperimentSettings& experiment,
                         QString* errorMessage);

} // namespace initviz::ui
