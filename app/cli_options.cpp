// SPDX-License-Identifier: GPL-3.0-or-later
// The option table (what the parser accepts, where each option applies, the help's defaults) and
// the helpers every message uses.
#include "app/cli_internal.h"

#include "core/dataset_kinds.h"
#include "core/experiment.h"
#include "core/text.h"

#include <string>

namespace initviz::cli_detail {

namespace {
// A value echoed in a message is cut here, so a pasted paragraph still gives a one-line message.
constexpr qsizetype kMaxEchoedLength = 40;
// Issue 10: your own data files are for the commands; the window opens them with File > Open
// data... (the kinds and their parameters are everywhere, the window's Data box included).
constexpr unsigned kDataCommands = kInTrain | kInCompare | kInDataset | kInInspect | kInDepth;
} // namespace

QString fromStd(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString schemeNames(const std::vector<InitScheme>& schemes)
{
    QStringList names;
    for (const InitScheme scheme : schemes)
        names << fromStd(schemeInfo(scheme).name);
    return names.join(QLatin1Char(','));
}

QString activationNames(const std::vector<Activation>& list)
{
    QStringList names;
    for (const Activation activation : list)
        names << fromStd(activationInfo(activation).name);
    return names.join(QLatin1Char(','));
}

QString validActivationNames()
{
    QStringList names;
    for (const ActivationInfo& info : activations())
        names << fromStd(info.name);
    return names.join(QStringLiteral(", "));
}

QString validSchemeNames()
{
    QStringList names;
    for (const InitSchemeInfo& info : initSchemes())
        names << fromStd(info.name);
    return names.join(QStringLiteral(", "));
}

const std::vector<OptionSpec>& optionSpecs()
{
    static const std::vector<OptionSpec> specs = [] {
        const TrainingConfig training;
        const DatasetOptions data;
        const Experiment notebook = Experiment::notebook();
        const auto number = [](double value) { return fromStd(formatPython(value)); };
        const unsigned trainingScope = kInTrain | kInCompare | kInWindow;
        // inspect measures one network: its weights, data and learning rate, not a run's length.
        const unsigned networkScope = trainingScope | kInInspect;

        std::vector<OptionSpec> table;
        // Training and data options (and --inits) are settings: the window takes them over its
        // remembered ones. --init is train's alone, so it is not one.
        const auto add = [&table](const QString& optionName, const char* valueName,
                                  const char* description, const QString& defaultText,
                                  unsigned scope, Group group) {
            const bool isSetting = (group == Group::Training || group == Group::Dataset)
                && optionName != name::init && optionName != name::activation;
            table.push_back({optionName, QString(), QString::fromLatin1(valueName),
                             QString::fromUtf8(description), defaultText, scope, group, isSetting});
        };
        add(name::init, "NAME", "train and inspect: the initialization",
            fromStd(schemeInfo(training.init).name), kInTrain | kInInspect, Group::Training);
        add(name::inits, "LIST", "compare, depth and the window: initializations, comma-separated",
            schemeNames(notebook.schemes), kInCompare | kInWindow | kInDepth, Group::Training);
        add(name::activation, "NAME",
            "train and inspect: the hidden layers' activation (the output is sigmoid)",
            fromStd(activationInfo(training.activation).name), kInTrain | kInInspect,
            Group::Training);
        add(name::activations, "LIST",
            "compare, depth and the window: hidden activations, comma-separated; compare runs "
            "every initialization with each",
            activationNames(notebook.activations), kInCompare | kInWindow | kInDepth,
            Group::Training);
        add(name::seed, "N", "seed of the weight initialization, 0..4294967295",
            QString::number(training.seed), networkScope | kInDepth, Group::Training);
        add(name::seeds, "LIST",
            "compare: run every initialization with each of these seeds, e.g. 1-4 or 1,5,9; "
            "the window: a range such as 3-6 (instead of --seed)",
            QString(), kInCompare | kInWindow, Group::Training);
        add(name::learningRate, "X", "gradient-descent step, a finite number > 0",
            number(training.learningRate), networkScope, Group::Training);
        add(name::iterations, "N", "gradient-descent steps (bench: of each timed run)",
            QString::number(training.iterations), trainingScope | kInBench, Group::Training);
        add(name::iteration, "N",
            "inspect: measure after N iterations of training instead of at initialization",
            QStringLiteral("0"), kInInspect, Group::Training);
        add(name::layers, "LIST", "layer widths, from 2 inputs to 1 output",
            fromStd(formatLayers(training.layerDims)), networkScope, Group::Training);
        // inspect --iteration N records the same costs as a run of N iterations, so that its
        // diagnosis is the window's and compare's.
        add(name::costEvery, "N", "record the cost every N iterations",
            QString::number(training.costEvery), networkScope, Group::Training);
        add(name::stableLoss, "",
            "report the numerically stable cross-entropy (finite where the notebook's cost is "
            "inf); training is unchanged",
            QString(), trainingScope, Group::Training);
        add(name::trainSamples, "N", "points in the train set, at least 2",
            QString::number(data.trainSamples), kEverywhere, Group::Dataset);
        add(name::testSamples, "N", "points in the test set, at least 2",
            QString::number(data.testSamples), kEverywhere, Group::Dataset);
        const std::string kinds = "the generated data: " + std::string(datasetKindNames());
        add(name::dataset, "NAME", kinds.c_str(), fromStd(datasetKindInfo(data.kind).name),
            kEverywhere, Group::Dataset);
        QStringList noiseDefaults; // from the table, so the help cannot drift
        for (const DatasetKindInfo& info : datasetKinds()) {
            if (info.parameters & kUsesNoise)
                noiseDefaults << fromStd(info.name) + QLatin1Char(' ') + number(info.noise);
        }
        add(name::noise, "X", "standard deviation of the noise, >= 0", noiseDefaults.join(", "),
            kEverywhere, Group::Dataset);
        add(name::factor, "X", "circles: inner circle radius relative to the outer, in [0, 1)",
            number(data.factor), kEverywhere, Group::Dataset);
        add(name::spread, "X", "blobs: standard deviation of each cluster, > 0",
            number(data.spread), kEverywhere, Group::Dataset);
        add(name::data, "FILE.csv",
            "your own train points instead of generated ones: x1,x2,label rows, label 0 or 1, "
            "commas or semicolons, header optional, at most 100,000 rows",
            QString(), kDataCommands, Group::Dataset);
        add(name::testData, "FILE.csv",
            "with --data: your own test points (without it there is no test set)", QString(),
            kDataCommands, Group::Dataset);
        add(name::trainSeed, "N", "seed of the train set, 0..4294967295",
            QString::number(data.trainSeed), kEverywhere, Group::Dataset);
        add(name::testSeed, "N", "seed of the test set, 0..4294967295",
            QString::number(data.testSeed), kEverywhere, Group::Dataset);
        add(name::json, "",
            "train, compare, dataset, bench, inspect, depth: print JSON instead of text", QString(),
            kInTrain | kInCompare | kInDataset | kInBench | kInInspect | kInDepth, Group::Output);
        add(name::format, "text|json|csv",
            "dataset: how to print the points; csv writes x1,x2,label rows of one set (--set) "
            "that --data reads back bit for bit",
            kFormatText, kInDataset, Group::Output);
        add(name::set, "train|test", "dataset --format csv: which set to write", kSetTrain,
            kInDataset, Group::Output);
        add(name::plot, "FILE",
            "compare: also write the side-by-side figure to FILE.png or FILE.pdf (no display "
            "needed)",
            QString(), kInCompare, Group::Output);
        add(name::animate, "FILE.gif",
            "compare: also write the figure as it evolves over the training, an animated GIF "
            "(no display needed)",
            QString(), kInCompare, Group::Output);
        add(name::animationSize, "WxH",
            "compare --animate: the frame size in pixels, 320x240 to "
            "3840x2160",
            QStringLiteral("%1x%2")
                .arg(cli::kAnimationDefaultWidth)
                .arg(cli::kAnimationDefaultHeight),
            kInCompare, Group::Output);
        add(name::animationSeconds, "S", "compare --animate: the animation's length, 1 to 120",
            QString::number(cli::kAnimationDefaultSeconds), kInCompare, Group::Output);
        add(name::fps, "N", "compare --animate: frames per second, 1 to 50",
            QString::number(cli::kAnimationDefaultFps), kInCompare, Group::Output);
        add(name::speed, "paced|max", "paced for a class to watch, or max to train unpaced",
            kSpeedPaced, kInWindow, Group::Window);
        add(name::start, "", "press Start once the window is shown", QString(), kInWindow,
            Group::Window);
        add(name::screenshot, "FILE.png", "save a grab of the window when all runs finish",
            QString(), kInWindow, Group::Window);
        add(name::quitWhenDone, "", "exit when all runs finish", QString(), kInWindow,
            Group::Window);
        add(name::showLayers, "",
            "open the Layers panel: inside the selected run, each layer's activations and "
            "gradients",
            QString(), kInWindow, Group::Window);
        add(name::showDepth, "",
            "open the Depth panel: each layer's signal spread at initialization, through depth",
            QString(), kInWindow, Group::Window);
        add(name::repetitions, "N", "timed repetitions of each figure, after one warm-up",
            QString::number(BenchmarkOptions{}.repetitions), kInBench, Group::Benchmark);
        add(name::width, "W",
            "depth: units in every hidden layer, 1..1000 (the network is 2, W, ..., W, 1)",
            QString::number(kDepthDefaultWidth), kInDepth, Group::Depth);
        add(name::maxDepth, "D", "depth: hidden layers, 1..100",
            QString::number(kDepthDefaultDepth), kInDepth, Group::Depth);
        add(name::help, "", "print this help and exit", QString(), kEverywhere | kInBench,
            Group::General);
        table.back().shortName = QStringLiteral("h");
        add(name::version, "", "print the version and exit", QString(), kEverywhere | kInBench,
            Group::General);
        table.back().shortName = QStringLiteral("v");
        return table;
    }();
    return specs;
}

const OptionSpec* findSpec(const QString& optionName)
{
    for (const OptionSpec& spec : optionSpecs()) {
        if (spec.name == optionName || (!spec.shortName.isEmpty() && spec.shortName == optionName))
            return &spec;
    }
    return nullptr;
}

QString dashed(const QString& optionName)
{
    return QStringLiteral("--") + optionName;
}

QString echo(const QString& text)
{
    QString shown = text.left(kMaxEchoedLength);
    for (QChar& c : shown) {
        if (c.category() == QChar::Other_Control)
            c = QLatin1Char('?');
    }
    if (text.size() > kMaxEchoedLength)
        shown += QStringLiteral("...");
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

[[noreturn]] void fail(const QString& message)
{
    throw UsageError(message.toStdString());
}

} // namespace initviz::cli_detail
