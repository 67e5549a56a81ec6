// SPDX-License-Identifier: GPL-3.0-or-later
// The command line: which command, whether each option belongs to it, and the checks across
// options (compare's size, the window's seeds) before the core's own validation. The option table
// and the message helpers are in cli_options.cpp, the values' parsing in cli_values.cpp, --help in
// cli_help.cpp.
#include "app/cli.h"
#include "app/cli_internal.h"

#include "core/experiment.h"
#include "core/text.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSet>

#include <algorithm>
#include <cstdint>

namespace initviz::cli {

using namespace cli_detail;

namespace {
constexpr char kTrain[] = "train";
constexpr char kCompare[] = "compare";
constexpr char kDataset[] = "dataset";
constexpr char kBench[] = "bench";
constexpr char kInspect[] = "inspect";
constexpr char kDepth[] = "depth";
// compare: the parameters of all its runs together (eight networks at the core's largest) are
// bounded, as their count is (kMaxCompareRuns).
constexpr double kMaxComparedParameters = 8e7;
// initviz bench --repetitions: enough for a stable median, few enough to finish in minutes.
constexpr std::int64_t kMaxRepetitions = 1000;

Scope scopeOf(Command command)
{
    switch (command) {
    case Command::Train:
        return kInTrain;
    case Command::Compare:
        return kInCompare;
    case Command::Dataset:
        return kInDataset;
    case Command::Window:
        return kInWindow;
    case Command::Bench:
        return kInBench;
    case Command::Inspect:
        return kInInspect;
    case Command::Depth:
        return kInDepth;
    }
    return kInWindow;
}

QString whereText(unsigned scope)
{
    QStringList places;
    if (scope & kInTrain)
        places << QStringLiteral("'train'");
    if (scope & kInCompare)
        places << QStringLiteral("'compare'");
    if (scope & kInDataset)
        places << QStringLiteral("'dataset'");
    if (scope & kInWindow)
        places << QStringLiteral("the window (no command)");
    if (scope & kInBench)
        places << QStringLiteral("'bench'");
    if (scope & kInInspect)
        places << QStringLiteral("'inspect'");
    if (scope & kInDepth)
        places << QStringLiteral("'depth'");
    if (places.size() == 1)
        return places.front();
    const QString last = places.takeLast();
    return places.join(QStringLiteral(", ")) + QStringLiteral(" and ") + last;
}

Command parseCommand(const QStringList& positional)
{
    if (positional.isEmpty())
        return Command::Window;
    if (positional.size() > 1)
        fail(QStringLiteral("unexpected argument %1 after the command; see initviz --help")
                 .arg(echo(positional.at(1))));
    const QString& word = positional.front();
    if (word == QLatin1String(kTrain))
        return Command::Train;
    if (word == QLatin1String(kCompare))
        return Command::Compare;
    if (word == QLatin1String(kDataset))
        return Command::Dataset;
    if (word == QLatin1String(kBench))
        return Command::Bench;
    if (word == QLatin1String(kInspect))
        return Command::Inspect;
    if (word == QLatin1String(kDepth))
        return Command::Depth;
    fail(QStringLiteral(
             "unknown command %1; the commands are train, compare, dataset, bench, inspect and "
             "depth (or none to open the window)")
             .arg(echo(word)));
}

/// Whole decimal numbers only: no sign but '-', no spaces, no fraction or exponent./// compare's
/// runs together must fit: at most kMaxCompareRuns, and kMaxComparedParameters in all.
void checkCompareSize(const CommandLine& line)
{
    const auto runs = static_cast<std::int64_t>(line.inits.size() * line.activations.size()
                                                * line.seeds.size());
    if (runs > kMaxCompareRuns)
        fail(QStringLiteral("%1 initializations with %2 activations and %3 seeds make %4 runs; "
                            "compare trains at most %5")
                 .arg(line.inits.size())
                 .arg(line.activations.size())
                 .arg(line.seeds.size())
                 .arg(runs)
                 .arg(kMaxCompareRuns));
    const std::vector<int>& dims = line.training.layerDims;
    const double parameters = parameterCount(dims);
    if (static_cast<double>(runs) * parameters > kMaxComparedParameters)
        fail(QStringLiteral("%1 runs of layers %2 need %3 parameters in all; compare keeps at "
                            "most %4, so compare fewer runs or a smaller network")
                 .arg(runs)
                 .arg(fromStd(formatLayers(dims)))
                 .arg(static_cast<double>(runs) * parameters, 0, 'g', 3)
                 .arg(kMaxComparedParameters, 0, 'g', 3));
}

/// The window trains seeds in a row (its weight seed and a count); the window's own validation
/// judges the rest (at most limits::kMaxRuns runs, seeds within numpy's range).
void checkWindowSeeds(const CommandLine& line)
{
    const std::vector<std::uint32_t>& seeds = line.seeds;
    for (std::size_t i = 1; i < seeds.size(); ++i) {
        if (seeds[i] != std::uint64_t{seeds[i - 1]} + 1)
            fail(QStringLiteral("%1: the window trains consecutive seeds, a range like 3-6, not "
                                "%2")
                     .arg(dashed(name::seeds), fromStd(formatSeeds(seeds))));
    }
    Experiment settings;
    settings.schemes = line.inits;
    settings.activations = line.activations;
    settings.training = line.training;
    settings.seedCount = std::max(1, static_cast<int>(seeds.size()));
    settings.data = line.data;
    settings.validate();
}
/// depth: the settings the experiment runs with, each within the core's range.
void readDepth(const Values& values, CommandLine& line)
{
    DepthSettings& depth = line.depth;
    depth.schemes = line.inits;
    depth.activations = line.activations;
    depth.seed = line.training.seed;
    if (values.isSet(name::width))
        depth.width = static_cast<int>(
            parseInteger(name::width, values.text(name::width), kDepthMinWidth, kDepthMaxWidth));
    if (values.isSet(name::maxDepth))
        depth.depth = static_cast<int>(parseInteger(name::maxDepth, values.text(name::maxDepth),
                                                    kDepthMinDepth, kDepthMaxDepth));
    depth.validate();
}

/// Every option found must apply to the command, and appear once (a second --seed would
/// otherwise silently win).
void checkOptionsBelong(const QCommandLineParser& parser, Command command)
{
    QSet<QString> seen;
    for (const QString& found : parser.optionNames()) {
        const OptionSpec* spec = findSpec(found);
        if (!spec)
            continue; // the parser has already refused unknown options
        if (seen.contains(spec->name))
            fail(QStringLiteral("%1 is given more than once").arg(dashed(spec->name)));
        seen.insert(spec->name);
        if (!(spec->scope & scopeOf(command))) {
            const QString here = command == Command::Window
                ? QStringLiteral("the window (no command)")
                : QLatin1Char('\'') + parser.positionalArguments().front() + QLatin1Char('\'');
            QString message = QStringLiteral("%1 does not apply to %2; it is for %3")
                                  .arg(dashed(spec->name), here, whereText(spec->scope));
            if (spec->name == name::init)
                message += QStringLiteral(" (use --inits to choose several)");
            else if (spec->name == name::inits
                     && (command == Command::Train || command == Command::Inspect))
                message += QStringLiteral(" (use --init to choose one)");
            else if (spec->name == name::activation)
                message += QStringLiteral(" (use --activations to choose several)");
            else if (spec->name == name::activations
                     && (command == Command::Train || command == Command::Inspect))
                message += QStringLiteral(" (use --activation to choose one)");
            else if (spec->name == name::iterations && command == Command::Inspect)
                message += QStringLiteral(" (use --iteration N to measure after N iterations)");
            fail(message);
        }
    }
}
QString sentenceCaseRemoved(QString qtMessage)
{
    // QCommandLineParser says "Unknown option 'x'."; ours read "unknown option 'x'".
    if (qtMessage.endsWith(QLatin1Char('.')))
        qtMessage.chop(1);
    if (!qtMessage.isEmpty())
        qtMessage[0] = qtMessage.at(0).toLower();
    return qtMessage;
}
} // namespace

CommandLine parseCommandLine(const QStringList& arguments)
{
    QCommandLineParser parser;
    // "-seed 3" means "--seed 3", not "-s -e -e -d 3".
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec& spec : optionSpecs()) {
        QStringList names;
        if (!spec.shortName.isEmpty())
            names << spec.shortName;
        names << spec.name;
        parser.addOption(QCommandLineOption(names, spec.description, spec.valueName));
    }
    // QCommandLineParser skips the first argument as the program name and refuses an empty list.
    const QStringList withProgram
        = arguments.isEmpty() ? QStringList{QStringLiteral("initviz")} : arguments;
    if (!parser.parse(withProgram)) {
        // Qt's own message quotes an unknown option whole, newlines included (issue 5: found by
        // fuzz_cli with "-<CR>see"): name the first one through echo() instead.
        const QStringList unknown = parser.unknownOptionNames();
        fail((unknown.isEmpty() ? sentenceCaseRemoved(parser.errorText())
                                : QStringLiteral("unknown option %1").arg(echo(unknown.front())))
             + QStringLiteral("; see initviz --help"));
    }

    CommandLine line;
    if (parser.isSet(name::help)) {
        line.showHelp = true;
        return line;
    }
    if (parser.isSet(name::version)) {
        line.showVersion = true;
        return line;
    }

    // Issue 12: `initviz FILE.initviz` opens the window with a saved experiment (read when the
    // window opens, not here).
    const QStringList positional = parser.positionalArguments();
    if (positional.size() == 1
        && positional.front().toLower().endsWith(QLatin1String(".initviz"))) {
        line.command = Command::Window;
        line.experimentPath = positional.front();
    } else {
        line.command = parseCommand(positional);
    }
    checkOptionsBelong(parser, line.command);

    const Values values(parser);
    if (line.command == Command::Train || line.command == Command::Inspect) {
        line.inits = {values.isSet(name::init) ? parseScheme(values.text(name::init))
                                               : line.training.init};
    } else if (line.command == Command::Compare || line.command == Command::Window
               || line.command == Command::Depth) {
        line.inits = values.isSet(name::inits) ? parseSchemeList(values.text(name::inits))
                                               : Experiment::notebook().schemes;
    }
    if (!line.inits.empty())
        line.training.init = line.inits.front();
    readActivations(parser, line);
    readTrainingAndData(values, line);
    if (values.isSet(name::seeds)) {
        if (values.isSet(name::seed))
            fail(QStringLiteral("give --seed or --seeds, not both"));
        line.seeds = parseSeedList(values.text(name::seeds));
        line.training.seed = line.seeds.front();
    }
    if (line.command == Command::Compare && line.seeds.empty())
        line.seeds = {line.training.seed};
    if (line.command == Command::Inspect) {
        if (values.isSet(name::iteration))
            line.inspectIteration = static_cast<int>(
                parseInteger(name::iteration, values.text(name::iteration), 0, kMaxInt));
        line.training.iterations = std::max(1, line.inspectIteration);
    }
    line.json = values.isSet(name::json);
    readDatasetFormat(values, line);
    readPlotPath(values, line);
    readAnimation(values, line);
    readWindowOptions(values, line);
    if (line.command == Command::Bench)
        line.benchmark.iterations = line.training.iterations;
    if (values.isSet(name::repetitions))
        line.benchmark.repetitions = static_cast<int>(
            parseInteger(name::repetitions, values.text(name::repetitions), 1, kMaxRepetitions));
    if (line.command == Command::Depth)
        readDepth(values, line);
    line.settingsGiven
        = std::any_of(optionSpecs().begin(), optionSpecs().end(), [&](const OptionSpec& spec) {
              return spec.isSetting && values.isSet(spec.name);
          });

    if (!line.experimentPath.isEmpty() && line.settingsGiven)
        fail(QStringLiteral("%1 holds the experiment's settings: open it without --inits, "
                            "--activations or a training or data option, and change them in "
                            "the window")
                 .arg(echo(line.experimentPath)));

    // The core's own checks, before anything is generated or allocated: the data first, since
    // the network's memory figure depends on the sample counts.
    validate(line.data);
    if (line.command != Command::Dataset && line.command != Command::Bench
        && line.command != Command::Depth)
        validate(line.training, std::max(line.data.trainSamples, line.data.testSamples));
    if (line.command == Command::Compare)
        checkCompareSize(line);
    if (line.command == Command::Window)
        checkWindowSeeds(line);
    return line;
}

std::vector<TrainingConfig> compareRuns(const CommandLine& line)
{
    std::vector<TrainingConfig> runs;
    for (const InitScheme scheme : line.inits) {
        for (const Activation activation : line.activations) {
            for (const std::uint32_t seed : line.seeds) {
                TrainingConfig config = line.training;
                config.init = scheme;
                config.activation = activation;
                config.seed = seed;
                runs.push_back(config);
            }
        }
    }
    return runs;
}

} // namespace initviz::cli
