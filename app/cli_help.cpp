// SPDX-License-Identifier: GPL-3.0-or-later
// What --help and --version print.
#include "app/cli_internal.h"

#include "core/dataset_kinds.h"

#include <utility>

namespace initviz::cli {

namespace {
// Help text: options are listed in a column this wide, descriptions after it, wrapped to fit a
// terminal of kHelpWidth columns.
constexpr qsizetype kHelpOptionColumn = 25;
constexpr qsizetype kHelpWidth = 80;

using cli_detail::dashed;
using cli_detail::fromStd;
using cli_detail::Group;
using cli_detail::OptionSpec;
using cli_detail::optionSpecs;
using cli_detail::validSchemeNames;

/// An option's description, wrapped at word boundaries to fit beside the option column.
QString wrapped(const QString& description)
{
    const qsizetype width = kHelpWidth - kHelpOptionColumn;
    const QString indent(kHelpOptionColumn, QLatin1Char(' '));
    QString text;
    qsizetype lineLength = 0;
    for (const QString& word : description.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (lineLength > 0 && lineLength + 1 + word.size() > width) {
            text += QLatin1Char('\n') + indent;
            lineLength = 0;
        } else if (lineLength > 0) {
            text += QLatin1Char(' ');
            ++lineLength;
        }
        text += word;
        lineLength += word.size();
    }
    return text;
}
} // namespace

QString helpText()
{
    QString text;
    text += QStringLiteral(
        "Usage: initviz [command] [options]\n"
        "Trains the deeplearning.ai \"Initialization\" notebook's network and shows how the\n"
        "initialization decides what it learns.\n"
        "\n"
        "Commands:\n"
        "  train      train one network; prints like the notebook\n"
        "  compare    train several initializations; prints the conclusion table\n"
        "  dataset    print the train and test points (generated, or read with --data)\n"
        "  bench      time training and the decision grid on this machine\n"
        "  inspect    per-layer statistics of one network (activations, gradients,\n"
        "             saturation) at initialization, or after --iteration N\n"
        "  depth      the depth experiment: every layer's activation and gradient std\n"
        "             at initialization, through a deep network\n"
        "  (none)     open the window\n"
        "  FILE.initviz  open the window with a saved experiment (File > Save experiment)\n");

    const std::pair<Group, QString> groups[] = {
        {Group::Training, QStringLiteral("Training (train, compare, inspect and the window)")},
        {Group::Dataset,
         QStringLiteral("Data (train, compare, dataset, inspect, depth and the window)")},
        {Group::Output, QStringLiteral("Output")},
        {Group::Window, QStringLiteral("Window (no command)")},
        {Group::Benchmark, QStringLiteral("Benchmark (bench)")},
        {Group::Depth, QStringLiteral("Depth experiment (depth)")},
        {Group::General, QStringLiteral("General")},
    };
    for (const auto& [group, title] : groups) {
        text += QLatin1Char('\n') + title + QStringLiteral(":\n");
        for (const OptionSpec& spec : optionSpecs()) {
            if (spec.group != group)
                continue;
            QString left = QStringLiteral("  ");
            if (!spec.shortName.isEmpty())
                left += QLatin1Char('-') + spec.shortName + QStringLiteral(", ");
            left += dashed(spec.name);
            if (!spec.valueName.isEmpty())
                left += QLatin1Char(' ') + spec.valueName;
            QString description = spec.description;
            if (!spec.defaultText.isEmpty())
                description += QStringLiteral(" (default %1)").arg(spec.defaultText);
            text += left.size() < kHelpOptionColumn
                ? left.leftJustified(kHelpOptionColumn) + wrapped(description)
                : left + QLatin1Char('\n') + QString(kHelpOptionColumn, QLatin1Char(' '))
                    + wrapped(description);
            text += QLatin1Char('\n');
        }
    }
    text += QStringLiteral("\nInitializations:\n  %1\n").arg(validSchemeNames());
    text += QStringLiteral("\nData sets (--dataset):\n");
    for (const DatasetKindInfo& info : datasetKinds())
        text += QStringLiteral("  ") + fromStd(info.name).leftJustified(kHelpOptionColumn - 2)
            + wrapped(fromStd(info.help)) + QLatin1Char('\n');
    text += QStringLiteral("\nActivations (hidden layers):\n");
    for (const ActivationInfo& info : activations()) {
        const QString left = QStringLiteral("  ") + fromStd(info.name);
        text += left.leftJustified(kHelpOptionColumn)
            + wrapped(fromStd(info.formula) + QStringLiteral(": ") + fromStd(info.help)
                      + QStringLiteral(" (meant for %1)")
                            .arg(fromStd(schemeInfo(info.meantFor).title)))
            + QLatin1Char('\n');
    }
    return text;
}

QString versionText()
{
    return QStringLiteral("initviz " INITVIZ_VERSION);
}

} // namespace initviz::cli
