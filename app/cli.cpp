// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli.h"

#include "core/experiment.h"
#include "core/dataset_kinds.h"
#include "core/text.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QSet>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <limits>
#include <string>

namespace initviz::cli {

namespace {
// numpy's np.random.seed accepts 0 .. 2^32 - 1.
constexpr std::int64_t kMaxSeed = std::numeric_limits<std::uint32_t>::max();
constexpr std::int64_t kMinInt = std::numeric_limits<int>::min();
constexpr std::int64_t kMaxInt = std::numeric_limits<int>::max();
// A value echoed in a message is cut here, so a pasted paragraph still gives a one-line message.
constexpr qsizetype kMaxEchoedLength = 40;
// Help text: options are listed in a column this wide, descriptions after it, wrapped to fit a
// terminal of kHelpWidth columns.
constexpr qsizetype kHelpOptionColumn = 25;
constexpr qsizetype kHelpWidth = 80;

constexpr char kTrain[] = "train";
constexpr char kCompare[] = "compare";
constexpr char kDataset[] = "dataset";
constexpr char kBench[] = "bench";
// compare --seeds: runs are trained together and all kept for the report and the figure, so
// their count, and the parameters of all of them (eight networks at the core's largest), are
// bounded.
constexpr std::int64_t kMaxCompareRuns = 64;
constexpr double kMaxComparedParameters = 8e7;
// initviz bench --repetitions: enough for a stable median, few enough to finish in minutes.
constexpr std::int64_t kMaxRepetitions = 1000;

// Where an option applies, as a bit mask over the commands (the window is "no command").
enum Scope : unsigned {
    kInTrain = 1U << 0,
    kInCompare = 1U << 1,
    kInDataset = 1U << 2,
    kInWindow = 1U << 3,
    kInBench = 1U << 4,
    // Where the data set options apply: the benchmark always measures the notebook's setup.
    kEverywhere = kInTrain | kInCompare | kInDataset | kInWindow,
};

enum class Group { Training, Dataset, Output, Window, Benchmark, General };

struct OptionSpec {
    QString name; ///< long name, without dashes
    QString shortName; ///< one letter, or empty
    QString valueName; ///< empty for a flag
    QString description;
    QString defaultText; ///< shown as "(default ...)"; empty when there is none
    unsigned scope;
    Group group;
    /// A training or dataset setting (or --inits): giving it makes the window use the command
    /// line instead of the remembered settings.
    bool isSetting;
};

namespace name {
constexpr QLatin1StringView init("init");
constexpr QLatin1StringView inits("inits");
constexpr QLatin1StringView activation("activation");
constexpr QLatin1StringView activations("activations");
constexpr QLatin1StringView seed("seed");
constexpr QLatin1StringView seeds("seeds");
constexpr QLatin1StringView learningRate("learning-rate");
constexpr QLatin1StringView iterations("iterations");
constexpr QLatin1StringView layers("layers");
constexpr QLatin1StringView costEvery("cost-every");
constexpr QLatin1StringView stableLoss("stable-loss");
constexpr QLatin1StringView trainSamples("train-samples");
constexpr QLatin1StringView testSamples("test-samples");
constexpr QLatin1StringView noise("noise");
constexpr QLatin1StringView factor("factor");
constexpr QLatin1StringView dataset("dataset");
constexpr QLatin1StringView spread("spread");
constexpr QLatin1StringView data("data");
constexpr QLatin1StringView testData("test-data");
constexpr QLatin1StringView format("format");
constexpr QLatin1StringView set("set");
constexpr QLatin1StringView trainSeed("train-seed");
constexpr QLatin1StringView testSeed("test-seed");
constexpr QLatin1StringView json("json");
constexpr QLatin1StringView plot("plot");
constexpr QLatin1StringView speed("speed");
constexpr QLatin1StringView start("start");
constexpr QLatin1StringView screenshot("screenshot");
constexpr QLatin1StringView quitWhenDone("quit-when-done");
constexpr QLatin1StringView repetitions("repetitions");
constexpr QLatin1StringView help("help");
constexpr QLatin1StringView version("version");
} // namespace name

constexpr QLatin1StringView kSpeedPaced("paced");
constexpr QLatin1StringView kSpeedMax("max");
constexpr QLatin1StringView kFormatText("text");
constexpr QLatin1StringView kFormatJson("json");
constexpr QLatin1StringView kFormatCsv("csv");
constexpr QLatin1StringView kSetTrain("train");
constexpr QLatin1StringView kSetTest("test");
// Issue 10: the data set kinds and your own data are for the commands; the window's Data box
// comes with a later change, so the window keeps the circles' options for now.
constexpr unsigned kDataCommands = kInTrain | kInCompare | kInDataset;

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

/// The option table: drives the parser, the "does not apply" check and the help text. Defaults
/// are read from the core's own defaults so the help cannot drift from what runs.
const std::vector<OptionSpec>& optionSpecs()
{
    static const std::vector<OptionSpec> specs = [] {
        const TrainingConfig training;
        const DatasetOptions data;
        const Experiment notebook = Experiment::notebook();
        const auto number = [](double value) { return fromStd(formatPython(value)); };
        const unsigned trainingScope = kInTrain | kInCompare | kInWindow;

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
        add(name::init, "NAME", "train: the initialization",
            fromStd(schemeInfo(training.init).name), kInTrain, Group::Training);
        add(name::inits, "LIST", "compare and the window: initializations, comma-separated",
            schemeNames(notebook.schemes), kInCompare | kInWindow, Group::Training);
        add(name::activation, "NAME",
            "train: the hidden layers' activation (the output is sigmoid)",
            fromStd(activationInfo(training.activation).name), kInTrain, Group::Training);
        add(name::activations, "LIST",
            "compare and the window: hidden activations, comma-separated; compare runs every "
            "initialization with each",
            activationNames(notebook.activations), kInCompare | kInWindow, Group::Training);
        add(name::seed, "N", "seed of the weight initialization, 0..4294967295",
            QString::number(training.seed), trainingScope, Group::Training);
        add(name::seeds, "LIST",
            "compare: run every initialization with each of these seeds, e.g. 1-4 or 1,5,9; "
            "the window: a range such as 3-6 (instead of --seed)",
            QString(), kInCompare | kInWindow, Group::Training);
        add(name::learningRate, "X", "gradient-descent step, a finite number > 0",
            number(training.learningRate), trainingScope, Group::Training);
        add(name::iterations, "N", "gradient-descent steps", QString::number(training.iterations),
            trainingScope, Group::Training);
        add(name::layers, "LIST", "layer widths, from 2 inputs to 1 output",
            fromStd(formatLayers(training.layerDims)), trainingScope, Group::Training);
        add(name::costEvery, "N", "record the cost every N iterations",
            QString::number(training.costEvery), trainingScope, Group::Training);
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
            kDataCommands, Group::Dataset);
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
            number(data.spread), kDataCommands, Group::Dataset);
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
        add(name::json, "", "train, compare, dataset, bench: print JSON instead of text", QString(),
            kInTrain | kInCompare | kInDataset | kInBench, Group::Output);
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
        add(name::speed, "paced|max", "paced for a class to watch, or max to train unpaced",
            kSpeedPaced, kInWindow, Group::Window);
        add(name::start, "", "press Start once the window is shown", QString(), kInWindow,
            Group::Window);
        add(name::screenshot, "FILE.png", "save a grab of the window when all runs finish",
            QString(), kInWindow, Group::Window);
        add(name::quitWhenDone, "", "exit when all runs finish", QString(), kInWindow,
            Group::Window);
        add(name::repetitions, "N", "timed repetitions of each figure, after one warm-up",
            QString::number(BenchmarkOptions{}.repetitions), kInBench, Group::Benchmark);
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

/// A user's text inside a message: quoted, one line, bounded.
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
    fail(QStringLiteral(
             "unknown command %1; the commands are train, compare, dataset and bench (or none "
             "to open the window)")
             .arg(echo(word)));
}

/// Whole decimal numbers only: no sign but '-', no spaces, no fraction or exponent.
std::int64_t parseInteger(const QString& optionName, const QString& text, std::int64_t min,
                          std::int64_t max)
{
    const std::string bytes = text.toStdString();
    const char* const first = bytes.data();
    const char* const last = first + bytes.size();
    std::int64_t value = 0;
    const auto [end, error] = std::from_chars(first, last, value);
    if (end != last || (error != std::errc() && error != std::errc::result_out_of_range))
        fail(QStringLiteral("%1 needs a whole number, got %2").arg(dashed(optionName), echo(text)));
    const bool negative = !bytes.empty() && bytes.front() == '-';
    if (error == std::errc::result_out_of_range ? negative : value < min)
        fail(QStringLiteral("%1 must be at least %2, got %3")
                 .arg(dashed(optionName), QString::number(min), echo(text)));
    if (error == std::errc::result_out_of_range || value > max)
        fail(QStringLiteral("%1 must be at most %2, got %3")
                 .arg(dashed(optionName), QString::number(max), echo(text)));
    return value;
}

/// Decimal or exponent notation, "inf" and "nan" included (the core rejects those where they
/// make no sense, with its own message); no spaces, no '+'.
double parseReal(const QString& optionName, const QString& text)
{
    const std::string bytes = text.toStdString();
    const char* const first = bytes.data();
    const char* const last = first + bytes.size();
    double value = 0.0;
    const auto [end, error] = std::from_chars(first, last, value);
    if (end != last || (error != std::errc() && error != std::errc::result_out_of_range))
        fail(QStringLiteral("%1 needs a number, got %2").arg(dashed(optionName), echo(text)));
    if (error == std::errc::result_out_of_range)
        fail(QStringLiteral("%1 is out of the range of a double, got %2")
                 .arg(dashed(optionName), echo(text)));
    return value;
}

InitScheme parseScheme(const QString& text)
{
    const std::optional<InitScheme> scheme = parseInitScheme(text.trimmed().toStdString());
    if (!scheme)
        fail(QStringLiteral("unknown initialization %1; the initializations are %2")
                 .arg(echo(text.trimmed()), validSchemeNames()));
    return *scheme;
}

std::vector<InitScheme> parseSchemeList(const QString& text)
{
    if (text.trimmed().isEmpty())
        fail(QStringLiteral("--inits is empty; give names like zeros,random,he (the "
                            "initializations are %1)")
                 .arg(validSchemeNames()));
    std::vector<InitScheme> schemes;
    const QStringList items = text.split(QLatin1Char(','));
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (items.at(i).trimmed().isEmpty())
            fail(QStringLiteral("--inits: item %1 is empty; the initializations are %2")
                     .arg(QString::number(i + 1), validSchemeNames()));
        const InitScheme scheme = parseScheme(items.at(i));
        if (std::find(schemes.begin(), schemes.end(), scheme) != schemes.end())
            fail(QStringLiteral("--inits lists %1 twice; the initializations are %2")
                     .arg(echo(fromStd(schemeInfo(scheme).name)), validSchemeNames()));
        schemes.push_back(scheme);
    }
    return schemes;
}

Activation parseActivationName(const QString& text)
{
    const std::optional<Activation> activation = parseActivation(text.trimmed().toStdString());
    if (!activation)
        fail(QStringLiteral("unknown activation %1; the activations are %2")
                 .arg(echo(text.trimmed()), validActivationNames()));
    return *activation;
}

std::vector<Activation> parseActivationList(const QString& text)
{
    if (text.trimmed().isEmpty())
        fail(QStringLiteral("--activations is empty; give names like relu,tanh (the activations "
                            "are %1)")
                 .arg(validActivationNames()));
    std::vector<Activation> list;
    for (const QString& item : text.split(QLatin1Char(','))) {
        const Activation activation = parseActivationName(item);
        if (std::find(list.begin(), list.end(), activation) != list.end())
            fail(QStringLiteral("--activations lists %1 twice; the activations are %2")
                     .arg(echo(fromStd(activationInfo(activation).name)), validActivationNames()));
        list.push_back(activation);
    }
    return list;
}

/// train: --activation; compare and the window: --activations (ReLU, the notebook's, if absent).
void readActivations(const QCommandLineParser& parser, CommandLine& line)
{
    if (line.command == Command::Train && parser.isSet(name::activation))
        line.activations = {parseActivationName(parser.value(name::activation))};
    else if (parser.isSet(name::activations))
        line.activations = parseActivationList(parser.value(name::activations));
    if (line.activations.empty())
        line.activations = {line.training.activation};
    line.training.activation = line.activations.front();
}

/// --seeds through the core's parser, its message prefixed with the option.
std::vector<std::uint32_t> parseSeedList(const QString& text)
{
    try {
        return parseSeeds(text.toStdString(), static_cast<std::size_t>(kMaxCompareRuns));
    } catch (const std::invalid_argument& error) {
        fail(QStringLiteral("%1: %2").arg(dashed(name::seeds), fromStd(error.what())));
    }
}

/// compare's runs together must fit: at most kMaxCompareRuns, and kMaxComparedParameters in all.
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

/// Reads the values of a parsed command line, each into the type the core expects.
class Values {
public:
    explicit Values(const QCommandLineParser& parser)
        : parser_(parser)
    {
    }

    [[nodiscard]] bool isSet(const QString& optionName) const { return parser_.isSet(optionName); }
    [[nodiscard]] QString text(const QString& optionName) const
    {
        return parser_.value(optionName);
    }
    void readInt(const QString& optionName, int& target) const
    {
        if (isSet(optionName))
            target = static_cast<int>(parseInteger(optionName, text(optionName), kMinInt, kMaxInt));
    }
    void readSeed(const QString& optionName, std::uint32_t& target) const
    {
        if (isSet(optionName))
            target = static_cast<std::uint32_t>(
                parseInteger(optionName, text(optionName), 0, kMaxSeed));
    }
    void readReal(const QString& optionName, double& target) const
    {
        if (isSet(optionName))
            target = parseReal(optionName, text(optionName));
    }

private:
    const QCommandLineParser& parser_;
};

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
            else if (spec->name == name::inits && command == Command::Train)
                message += QStringLiteral(" (use --init to choose one)");
            else if (spec->name == name::activation)
                message += QStringLiteral(" (use --activations to choose several)");
            else if (spec->name == name::activations && command == Command::Train)
                message += QStringLiteral(" (use --activation to choose one)");
            fail(message);
        }
    }
}

/// --dataset and its own parameters, or your own data (--data, --test-data). A parameter the
/// chosen kind does not use, or any generator option beside --data, is an error (issue 10).
void readDataKind(const Values& values, CommandLine& line)
{
    if (values.isSet(name::data)) {
        line.dataPath = values.text(name::data);
        if (line.dataPath.isEmpty())
            fail(QStringLiteral("--data needs a file name, like train.csv"));
        for (const QLatin1StringView generated :
             {name::dataset, name::noise, name::factor, name::spread, name::trainSamples,
              name::testSamples, name::trainSeed, name::testSeed}) {
            if (values.isSet(generated))
                fail(QStringLiteral("%1 does not apply to your own data (--data %2); it is for "
                                    "generated data")
                         .arg(dashed(generated), echo(line.dataPath)));
        }
        if (values.isSet(name::testData)) {
            line.testDataPath = values.text(name::testData);
            if (line.testDataPath.isEmpty())
                fail(QStringLiteral("--test-data needs a file name, like test.csv"));
        }
        return;
    }
    if (values.isSet(name::testData))
        fail(QStringLiteral("--test-data needs --data (the train points) too"));
    DatasetKind kind = line.data.kind;
    if (values.isSet(name::dataset)) {
        const QString text = values.text(name::dataset).trimmed();
        const std::optional<DatasetKind> parsed = parseDatasetKind(text.toStdString());
        if (!parsed)
            fail(QStringLiteral("unknown data set %1; the data sets are %2")
                     .arg(echo(text), fromStd(datasetKindNames())));
        kind = *parsed;
    }
    const DatasetOptions defaults = defaultDatasetOptions(kind);
    line.data.kind = kind;
    line.data.noise = defaults.noise;
    line.data.factor = defaults.factor;
    line.data.spread = defaults.spread;
    const DatasetKindInfo& info = datasetKindInfo(kind);
    const std::pair<QLatin1StringView, unsigned> parameters[]
        = {{name::noise, kUsesNoise}, {name::factor, kUsesFactor}, {name::spread, kUsesSpread}};
    for (const auto& [parameter, bit] : parameters) {
        if (values.isSet(parameter) && !(info.parameters & bit)) {
            QStringList used;
            for (const auto& [other, otherBit] : parameters) {
                if (info.parameters & otherBit)
                    used << dashed(other);
            }
            fail(QStringLiteral("%1 does not apply to --dataset %2; %2 uses %3")
                     .arg(dashed(parameter), fromStd(info.name),
                          used.join(QStringLiteral(" and "))));
        }
    }
    values.readReal(name::noise, line.data.noise);
    values.readReal(name::factor, line.data.factor);
    values.readReal(name::spread, line.data.spread);
}

/// dataset's --format and --set (--json is --format json).
void readDatasetFormat(const Values& values, CommandLine& line)
{
    if (values.isSet(name::format)) {
        const QString format = values.text(name::format).trimmed();
        if (format == kFormatCsv)
            line.csv = true;
        else if (format == kFormatJson)
            line.json = true;
        else if (format != kFormatText)
            fail(QStringLiteral("--format must be %1, %2 or %3, got %4")
                     .arg(kFormatText, kFormatJson, kFormatCsv, echo(format)));
        if (values.isSet(name::json) && format != kFormatJson)
            fail(QStringLiteral("give --format %1 or --json, not both").arg(format));
    }
    if (values.isSet(name::set)) {
        const QString set = values.text(name::set).trimmed();
        if (!line.csv)
            fail(QStringLiteral("--set chooses the set that --format csv writes; give --format "
                                "csv too"));
        if (set == kSetTest)
            line.csvTestSet = true;
        else if (set != kSetTrain)
            fail(QStringLiteral("--set must be %1 or %2, got %3")
                     .arg(kSetTrain, kSetTest, echo(set)));
    }
}

void readTrainingAndData(const Values& values, CommandLine& line)
{
    values.readSeed(name::seed, line.training.seed);
    values.readReal(name::learningRate, line.training.learningRate);
    values.readInt(name::iterations, line.training.iterations);
    if (values.isSet(name::layers))
        line.training.layerDims = parseLayers(values.text(name::layers).toStdString());
    values.readInt(name::costEvery, line.training.costEvery);
    line.training.stableLoss = values.isSet(name::stableLoss);

    values.readInt(name::trainSamples, line.data.trainSamples);
    values.readInt(name::testSamples, line.data.testSamples);
    values.readSeed(name::trainSeed, line.data.trainSeed);
    values.readSeed(name::testSeed, line.data.testSeed);
    readDataKind(values, line);
}

void readWindowOptions(const Values& values, CommandLine& line)
{
    if (values.isSet(name::speed)) {
        const QString speed = values.text(name::speed);
        if (speed == kSpeedMax)
            line.maxSpeed = true;
        else if (speed != kSpeedPaced)
            fail(QStringLiteral("--speed must be %1 or %2, got %3")
                     .arg(kSpeedPaced, kSpeedMax, echo(speed)));
    }
    line.start = values.isSet(name::start);
    if (values.isSet(name::screenshot)) {
        line.screenshotPath = values.text(name::screenshot);
        if (line.screenshotPath.isEmpty())
            fail(QStringLiteral("--screenshot needs a file name, like initviz.png"));
        // Issue 15: the screenshot is a PNG, so its name must say so (x.pdf got PNG bytes).
        if (!line.screenshotPath.toLower().endsWith(QStringLiteral(".png")))
            fail(QStringLiteral("--screenshot needs a file name ending in .png, got %1")
                     .arg(echo(line.screenshotPath)));
    }
    line.quitWhenDone = values.isSet(name::quitWhenDone);
}

void readPlotPath(const Values& values, CommandLine& line)
{
    if (!values.isSet(name::plot))
        return;
    // Checked here as well as by the export, so a typo fails before the runs train.
    line.plotPath = values.text(name::plot);
    const QString lower = line.plotPath.toLower();
    if (!lower.endsWith(QStringLiteral(".png")) && !lower.endsWith(QStringLiteral(".pdf")))
        fail(QStringLiteral("--plot needs a file name ending in .png or .pdf, got %1")
                 .arg(echo(line.plotPath)));
}

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

    line.command = parseCommand(parser.positionalArguments());
    checkOptionsBelong(parser, line.command);

    const Values values(parser);
    if (line.command == Command::Train) {
        line.inits = {values.isSet(name::init) ? parseScheme(values.text(name::init))
                                               : line.training.init};
    } else if (line.command == Command::Compare || line.command == Command::Window) {
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
    line.json = values.isSet(name::json);
    readDatasetFormat(values, line);
    readPlotPath(values, line);
    readWindowOptions(values, line);
    if (values.isSet(name::repetitions))
        line.benchmark.repetitions = static_cast<int>(
            parseInteger(name::repetitions, values.text(name::repetitions), 1, kMaxRepetitions));
    line.settingsGiven
        = std::any_of(optionSpecs().begin(), optionSpecs().end(), [&](const OptionSpec& spec) {
              return spec.isSetting && values.isSet(spec.name);
          });

    // The core's own checks, before anything is generated or allocated: the data first, since
    // the network's memory figure depends on the sample counts.
    validate(line.data);
    if (line.command != Command::Dataset && line.command != Command::Bench)
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
        "  (none)     open the window\n");

    const std::pair<Group, QString> groups[] = {
        {Group::Training, QStringLiteral("Training (train, compare and the window)")},
        {Group::Dataset, QStringLiteral("Data (train, compare, dataset and the window)")},
        {Group::Output, QStringLiteral("Output")},
        {Group::Window, QStringLiteral("Window (no command)")},
        {Group::Benchmark, QStringLiteral("Benchmark (bench)")},
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
