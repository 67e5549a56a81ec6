// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's internals, shared by cli.cpp (dispatch and validation), cli_options.cpp (the
// option table and message helpers), cli_values.cpp (reading the options' values) and
// cli_help.cpp (--help). Not part of the public API: use app/cli.h.
#pragma once

#include "app/cli.h"

#include <QCommandLineParser>
#include <QLatin1StringView>
#include <QString>

#include <cstdint>
#include <limits>
#include <string_view>
#include <vector>

namespace initviz::cli_detail {

using cli::Command;
using cli::CommandLine;
using cli::UsageError;

// numpy's np.random.seed accepts 0 .. 2^32 - 1.
inline constexpr std::int64_t kMaxSeed = std::numeric_limits<std::uint32_t>::max();
inline constexpr std::int64_t kMinInt = std::numeric_limits<int>::min();
inline constexpr std::int64_t kMaxInt = std::numeric_limits<int>::max();
// compare --seeds: runs are trained together and all kept for the report and the figure, so
// their count, and the parameters of all of them (eight networks at the core's largest), are
// bounded.
inline constexpr std::int64_t kMaxCompareRuns = 64;

// Where an option applies, as a bit mask over the commands (the window is "no command").
enum Scope : unsigned {
    kInTrain = 1U << 0,
    kInCompare = 1U << 1,
    kInDataset = 1U << 2,
    kInWindow = 1U << 3,
    kInBench = 1U << 4,
    kInInspect = 1U << 5,
    kInDepth = 1U << 6,
    // Where the data set options apply: the benchmark always measures the notebook's setup.
    kEverywhere = kInTrain | kInCompare | kInDataset | kInWindow | kInInspect | kInDepth,
};

enum class Group { Training, Dataset, Output, Window, Benchmark, Depth, General };

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
inline constexpr QLatin1StringView init("init");
inline constexpr QLatin1StringView inits("inits");
inline constexpr QLatin1StringView activation("activation");
inline constexpr QLatin1StringView activations("activations");
inline constexpr QLatin1StringView seed("seed");
inline constexpr QLatin1StringView seeds("seeds");
inline constexpr QLatin1StringView learningRate("learning-rate");
inline constexpr QLatin1StringView iterations("iterations");
inline constexpr QLatin1StringView iteration("iteration");
inline constexpr QLatin1StringView layers("layers");
inline constexpr QLatin1StringView costEvery("cost-every");
inline constexpr QLatin1StringView stableLoss("stable-loss");
inline constexpr QLatin1StringView trainSamples("train-samples");
inline constexpr QLatin1StringView testSamples("test-samples");
inline constexpr QLatin1StringView noise("noise");
inline constexpr QLatin1StringView factor("factor");
inline constexpr QLatin1StringView dataset("dataset");
inline constexpr QLatin1StringView spread("spread");
inline constexpr QLatin1StringView data("data");
inline constexpr QLatin1StringView testData("test-data");
inline constexpr QLatin1StringView format("format");
inline constexpr QLatin1StringView set("set");
inline constexpr QLatin1StringView trainSeed("train-seed");
inline constexpr QLatin1StringView testSeed("test-seed");
inline constexpr QLatin1StringView json("json");
inline constexpr QLatin1StringView plot("plot");
inline constexpr QLatin1StringView animate("animate");
inline constexpr QLatin1StringView animationSize("animation-size");
inline constexpr QLatin1StringView animationSeconds("animation-seconds");
inline constexpr QLatin1StringView fps("fps");
inline constexpr QLatin1StringView speed("speed");
inline constexpr QLatin1StringView start("start");
inline constexpr QLatin1StringView screenshot("screenshot");
inline constexpr QLatin1StringView quitWhenDone("quit-when-done");
inline constexpr QLatin1StringView showLayers("show-layers");
inline constexpr QLatin1StringView showDepth("show-depth");
inline constexpr QLatin1StringView repetitions("repetitions");
inline constexpr QLatin1StringView width("width");
inline constexpr QLatin1StringView maxDepth("max-depth");
inline constexpr QLatin1StringView help("help");
inline constexpr QLatin1StringView version("version");
} // namespace name

inline constexpr QLatin1StringView kSpeedPaced("paced");
inline constexpr QLatin1StringView kSpeedMax("max");
inline constexpr QLatin1StringView kFormatText("text");
inline constexpr QLatin1StringView kFormatJson("json");
inline constexpr QLatin1StringView kFormatCsv("csv");
inline constexpr QLatin1StringView kSetTrain("train");
inline constexpr QLatin1StringView kSetTest("test");

// cli_options.cpp: names, the option table and the helpers every message uses.
QString fromStd(std::string_view text);
QString schemeNames(const std::vector<InitScheme>& schemes);
QString activationNames(const std::vector<Activation>& list);
QString validActivationNames();
QString validSchemeNames();
/// The option table: drives the parser, the "does not apply" check and the help text. Defaults
/// are read from the core's own defaults so the help cannot drift from what runs.
const std::vector<OptionSpec>& optionSpecs();
const OptionSpec* findSpec(const QString& optionName);
QString dashed(const QString& optionName);
/// A user's text inside a message: quoted, one line, bounded.
QString echo(const QString& text);
[[noreturn]] void fail(const QString& message);

// cli_values.cpp: each option's value, parsed into the type the core expects.
/// Whole decimal numbers only: no sign but '-', no spaces, no fraction or exponent.
std::int64_t parseInteger(const QString& optionName, const QString& text, std::int64_t min,
                          std::int64_t max);
/// Decimal or exponent notation, "inf" and "nan" included (the core rejects those where they
/// make no sense, with its own message); no spaces, no '+'.
double parseReal(const QString& optionName, const QString& text);
InitScheme parseScheme(const QString& text);
std::vector<InitScheme> parseSchemeList(const QString& text);
Activation parseActivationName(const QString& text);
std::vector<Activation> parseActivationList(const QString& text);
/// train: --activation; compare and the window: --activations (ReLU, the notebook's, if absent).
void readActivations(const QCommandLineParser& parser, CommandLine& line);
/// --seeds through the core's parser, its message prefixed with the option.
std::vector<std::uint32_t> parseSeedList(const QString& text);

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

/// --dataset and its own parameters, or your own data (--data, --test-data). A parameter the
/// chosen kind does not use, or any generator option beside --data, is an error (issue 10).
void readDataKind(const Values& values, CommandLine& line);
/// dataset's --format and --set (--json is --format json).
void readDatasetFormat(const Values& values, CommandLine& line);
void readTrainingAndData(const Values& values, CommandLine& line);
void readWindowOptions(const Values& values, CommandLine& line);
void readPlotPath(const Values& values, CommandLine& line);
/// compare --animate FILE.gif, --animation-size WxH, --animation-seconds S, --fps N (issue 12).
void readAnimation(const Values& values, CommandLine& line);

} // namespace initviz::cli_detail
