// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the options' values: numbers, initializations, activations, seeds, the data set and the
// output and window options, each checked with a message that names the option.
#include "app/cli_internal.h"

#include "core/dataset_kinds.h"
#include "core/text.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <string>
#include <utility>

namespace initviz::cli_detail {

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

void readActivations(const QCommandLineParser& parser, CommandLine& line)
{
    if ((line.command == Command::Train || line.command == Command::Inspect)
        && parser.isSet(name::activation))
        line.activations = {parseActivationName(parser.value(name::activation))};
    else if (parser.isSet(name::activations))
        line.activations = parseActivationList(parser.value(name::activations));
    if (line.activations.empty())
        line.activations = {line.training.activation};
    line.training.activation = line.activations.front();
}

std::vector<std::uint32_t> parseSeedList(const QString& text)
{
    try {
        return parseSeeds(text.toStdString(), static_cast<std::size_t>(kMaxCompareRuns));
    } catch (const std::invalid_argument& error) {
        fail(QStringLiteral("%1: %2").arg(dashed(name::seeds), fromStd(error.what())));
    }
}

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
    line.showLayers = values.isSet(name::showLayers);
    line.showDepth = values.isSet(name::showDepth);
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

void readAnimation(const Values& values, CommandLine& line)
{
    using cli::kAnimationMaxFps, cli::kAnimationMaxHeight, cli::kAnimationMaxSeconds,
        cli::kAnimationMaxWidth, cli::kAnimationMinHeight, cli::kAnimationMinWidth;
    const bool animated = values.isSet(name::animate);
    for (const QLatin1StringView option :
         {name::animationSize, name::animationSeconds, name::fps}) {
        if (values.isSet(option) && !animated)
            fail(QStringLiteral("--%1 applies only with --animate FILE.gif").arg(option));
    }
    if (!animated)
        return;
    line.animatePath = values.text(name::animate);
    if (!line.animatePath.toLower().endsWith(QStringLiteral(".gif")))
        fail(QStringLiteral("--animate needs a file name ending in .gif, got %1")
                 .arg(echo(line.animatePath)));
    if (values.isSet(name::animationSize)) {
        const QString text = values.text(name::animationSize);
        const QStringList parts = text.toLower().split(QLatin1Char('x'));
        bool widthOk = false;
        bool heightOk = false;
        const int width = parts.size() == 2 ? parts[0].toInt(&widthOk) : 0;
        const int height = parts.size() == 2 ? parts[1].toInt(&heightOk) : 0;
        if (!widthOk || !heightOk || width < kAnimationMinWidth || width > kAnimationMaxWidth
            || height < kAnimationMinHeight || height > kAnimationMaxHeight)
            fail(QStringLiteral("--animation-size needs WIDTHxHEIGHT in pixels, from %1x%2 to "
                                "%3x%4, got %5")
                     .arg(kAnimationMinWidth)
                     .arg(kAnimationMinHeight)
                     .arg(kAnimationMaxWidth)
                     .arg(kAnimationMaxHeight)
                     .arg(echo(text)));
        line.animationWidth = width;
        line.animationHeight = height;
    }
    if (values.isSet(name::animationSeconds)) {
        const double seconds
            = parseReal(name::animationSeconds, values.text(name::animationSeconds));
        if (!(seconds >= 1.0 && seconds <= kAnimationMaxSeconds))
            fail(QStringLiteral("--animation-seconds must be from 1 to %1, got %2")
                     .arg(kAnimationMaxSeconds)
                     .arg(echo(values.text(name::animationSeconds))));
        line.animationSeconds = seconds;
    }
    if (values.isSet(name::fps))
        line.animationFps = static_cast<int>(
            parseInteger(name::fps, values.text(name::fps), 1, kAnimationMaxFps));
}

} // namespace initviz::cli_detail
