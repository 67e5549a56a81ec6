// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: the experiment file (.initviz), its writer and its reader. The reader refuses a file
// whole, with a message naming the field and the problem; nothing of a refused file is applied.
#include "ui/experiment_file.h"

#include "ui/core_text.h"
#include "ui/form_fields.h"
#include "ui/json_fields.h"
#include "ui/save_file.h"

#include "core/dataset_csv.h"
#include "core/dataset_kinds.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace initviz::ui {

namespace {
using json::Fields;
using json::number;
using json::quoted;
using json::refuse;
using json::Refused;

const QString kFormat = QStringLiteral("initviz-experiment");
constexpr double kSeedMax = std::numeric_limits<std::uint32_t>::max();
constexpr double kIntMax = std::numeric_limits<int>::max();
constexpr long long kBytesPerMiB = 1024 * 1024;

namespace field {
const QString format = QStringLiteral("format");
const QString version = QStringLiteral("version");
const QString inits = QStringLiteral("initializations");
const QString activations = QStringLiteral("activations");
const QString training = QStringLiteral("training");
const QString data = QStringLiteral("data");
const QString learningRate = QStringLiteral("learningRate");
const QString iterations = QStringLiteral("iterations");
const QString seed = QStringLiteral("seed");
const QString seedCount = QStringLiteral("seedCount");
const QString layers = QStringLiteral("layers");
const QString costEvery = QStringLiteral("costEvery");
const QString stableLoss = QStringLiteral("stableLoss");
const QString kind = QStringLiteral("kind");
const QString trainSamples = QStringLiteral("trainSamples");
const QString testSamples = QStringLiteral("testSamples");
const QString noise = QStringLiteral("noise");
const QString factor = QStringLiteral("factor");
const QString spread = QStringLiteral("spread");
const QString trainSeed = QStringLiteral("trainSeed");
const QString testSeed = QStringLiteral("testSeed");
const QString points = QStringLiteral("points");
const QString train = QStringLiteral("train");
const QString test = QStringLiteral("test");
} // namespace field

/// A list of names, each parsed by `parse`, in the order of the core's table `all` (the form's
/// pickers show them so); an unknown or repeated name is refused.
template <typename Value, typename Parse, typename Table, typename Of>
std::vector<Value> names(const Fields& fields, const QString& key, Parse parse, const Table& all,
                         Of valueOf, const char* unknown)
{
    std::vector<Value> listed;
    for (const QJsonValue item : fields.array(key)) {
        if (!item.isString())
            refuse(QCoreApplication::translate("initviz::ui::ExperimentFile",
                                               "\u201c%1\u201d must be a list of names")
                       .arg(fields.name(key)));
        const std::optional<Value> value = parse(item.toString().toStdString());
        if (!value)
            refuse(QCoreApplication::translate("initviz::ui::ExperimentFile", unknown)
                       .arg(fields.name(key), quoted(item.toString())));
        if (std::find(listed.begin(), listed.end(), *value) != listed.end())
            //: %1 field, %2 a name in it
            refuse(QCoreApplication::translate("initviz::ui::ExperimentFile",
                                               "\u201c%1\u201d lists \u201c%2\u201d twice")
                       .arg(fields.name(key), quoted(item.toString())));
        listed.push_back(*value);
    }
    std::vector<Value> ordered;
    for (const auto& info : all) {
        if (std::find(listed.begin(), listed.end(), valueOf(info)) != listed.end())
            ordered.push_back(valueOf(info));
    }
    return ordered;
}

ExperimentSettings experimentOf(const QJsonObject& root)
{
    const QJsonValue format = root.value(field::format);
    if (!format.isString() || format.toString() != kFormat)
        refuse(QCoreApplication::translate("initviz::ui::ExperimentFile",
                                           "it is not an InitViz experiment: its \u201c"
                                           "format\u201d is not "
                                           "\u201cinitviz-experiment\u201d"));
    const QJsonValue version = root.value(field::version);
    if (!version.isDouble() || std::floor(version.toDouble()) != version.toDouble()
        || version.toDouble() < 1.0)
        refuse(
            QCoreApplication::translate("initviz::ui::ExperimentFile",
                                        "its \u201cversion\u201d must be a whole number from 1"));
    if (version.toDouble() > kExperimentFileVersion)
        //: %1 the file's version, %2 the newest this program reads
        refuse(QCoreApplication::translate(
                   "initviz::ui::ExperimentFile",
                   "it is version %1, made by a newer InitViz; this one reads version %2")
                   .arg(number(version.toDouble()))
                   .arg(kExperimentFileVersion));

    const Fields top(root, QString(),
                     {field::format, field::version, field::inits, field::activations,
                      field::training, field::data});
    ExperimentSettings experiment;
    experiment.schemes = names<InitScheme>(
        top, field::inits, parseInitScheme, initSchemes(),
        [](const InitSchemeInfo& info) { return info.scheme; },
        //: %1 field, %2 the name found
        QT_TRANSLATE_NOOP("initviz::ui::ExperimentFile",
                          "\u201c%1\u201d: there is no initialization \u201c%2\u201d"));
    experiment.activations = names<Activation>(
        top, field::activations, parseActivation, activations(),
        [](const ActivationInfo& info) { return info.activation; },
        //: %1 field, %2 the name found
        QT_TRANSLATE_NOOP("initviz::ui::ExperimentFile",
                          "\u201c%1\u201d: there is no activation \u201c%2\u201d"));

    const Fields training
        = top.object(field::training,
                     {field::learningRate, field::iterations, field::seed, field::seedCount,
                      field::layers, field::costEvery, field::stableLoss});
    TrainingConfig& config = experiment.training;
    config.learningRate
        = training.real(field::learningRate, limits::kMinLearningRate, limits::kMaxLearningRate);
    config.iterations = static_cast<int>(training.whole(field::iterations, 1, kIntMax));
    config.seed = static_cast<std::uint32_t>(training.whole(field::seed, 0, kSeedMax));
    experiment.seedCount = static_cast<int>(training.whole(field::seedCount, 1, limits::kMaxRuns));
    try {
        config.layerDims = parseLayers(training.string(field::layers).toStdString());
    } catch (const std::invalid_argument& error) {
        //: %1 field, %2 the core's reason
        refuse(QCoreApplication::translate("initviz::ui::ExperimentFile", "\u201c%1\u201d: %2")
                   .arg(training.name(field::layers), errorText(error)));
    }
    config.costEvery = static_cast<int>(training.whole(field::costEvery, 1, kIntMax));
    config.stableLoss = training.boolean(field::stableLoss);

    const Fields data = top.object(field::data,
                                   {field::kind, field::trainSamples, field::testSamples,
                                    field::noise, field::factor, field::spread, field::trainSeed,
                                    field::testSeed, field::points});
    DatasetOptions& options = experiment.data;
    const QString kind = data.string(field::kind);
    const std::optional<DatasetKind> parsedKind = parseDatasetKind(kind.toStdString());
    if (!parsedKind)
        //: %1 field, %2 the name found, %3 the names there are
        refuse(QCoreApplication::translate(
                   "initviz::ui::ExperimentFile",
                   "\u201c%1\u201d: there is no data set \u201c%2\u201d; there are %3")
                   .arg(data.name(field::kind), quoted(kind), toQString(datasetKindNames())));
    options.kind = *parsedKind;
    options.trainSamples = static_cast<int>(
        data.whole(field::trainSamples, limits::kMinSamples, limits::kMaxSamples));
    options.testSamples = static_cast<int>(
        data.whole(field::testSamples, limits::kMinSamples, limits::kMaxSamples));
    options.noise = data.real(field::noise, 0.0, limits::kMaxNoise);
    options.factor = data.real(field::factor, 0.0, limits::kMaxFactor);
    options.spread = data.real(field::spread, limits::kMinSpread, limits::kMaxSpread);
    options.trainSeed = static_cast<std::uint32_t>(data.whole(field::trainSeed, 0, kSeedMax));
    options.testSeed = static_cast<std::uint32_t>(data.whole(field::testSeed, 0, kSeedMax));
    if (data.has(field::points)) {
        const Fields points = data.object(field::points, {field::train, field::test});
        auto own = std::make_shared<DatasetPair>();
        own->train = pointsOf(points, field::train);
        own->test = pointsOf(points, field::test);
        experiment.ownData = std::move(own);
    }
    // The core judges the whole as it judges the form's: the same checks, the same words.
    try {
        experiment.validate();
    } catch (const std::invalid_argument& error) {
        refuse(errorText(error));
    }
    return experiment;
}

QJsonArray pointsJson(const Dataset& points)
{
    QJsonArray list;
    for (Eigen::Index k = 0; k < points.size(); ++k)
        list.append(QJsonArray{points.X(0, k), points.X(1, k), static_cast<int>(points.Y(k))});
    return list;
}

/// The file's name for messages, and what follows it.
QString aboutFile(const QString& path, const QString& problem)
{
    //: %1 a file, %2 what is wrong with it
    return QCoreApplication::translate("initviz::ui::ExperimentFile", "%1: %2")
        .arg(shownPath(path), problem);
}
} // namespace

QByteArray experimentJson(const ExperimentSettings& experiment)
{
    QJsonArray schemes;
    for (const InitScheme scheme : experiment.schemes)
        schemes.append(toQString(schemeInfo(scheme).name));
    QJsonArray activationNames;
    for (const Activation activation : experiment.activations)
        activationNames.append(toQString(activationInfo(activation).name));
    const TrainingConfig& config = experiment.training;
    const QJsonObject training{
        {field::learningRate, config.learningRate},
        {field::iterations, config.iterations},
        {field::seed, static_cast<qint64>(config.seed)},
        {field::seedCount, experiment.seedCount},
        {field::layers, QString::fromStdString(formatLayers(config.layerDims))},
        {field::costEvery, config.costEvery},
        {field::stableLoss, config.stableLoss},
    };
    const DatasetOptions& options = experiment.data;
    QJsonObject data{
        {field::kind, toQString(datasetKindInfo(options.kind).name)},
        {field::trainSamples, options.trainSamples},
        {field::testSamples, options.testSamples},
        {field::noise, options.noise},
        {field::factor, options.factor},
        {field::spread, options.spread},
        {field::trainSeed, static_cast<qint64>(options.trainSeed)},
        {field::testSeed, static_cast<qint64>(options.testSeed)},
    };
    if (experiment.ownData)
        data.insert(field::points,
                    QJsonObject{{field::train, pointsJson(experiment.ownData->train)},
                                {field::test, pointsJson(experiment.ownData->test)}});
    const QJsonObject root{
        {field::format, kFormat},    {field::version, kExperimentFileVersion},
        {field::inits, schemes},     {field::activations, activationNames},
        {field::training, training}, {field::data, data},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<ExperimentSettings> parseExperiment(const QByteArray& json, QString* errorMessage)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    try {
        if (parseError.error != QJsonParseError::NoError)
            //: %1 Qt's reason (English), %2 the byte where it was found
            refuse(QCoreApplication::translate("initviz::ui::ExperimentFile",
                                               "it is not JSON (%1 at byte %2)")
                       .arg(parseError.errorString())
                       .arg(parseError.offset));
        if (!document.isObject())
            refuse(QCoreApplication::translate(
                "initviz::ui::ExperimentFile",
                "it is not an InitViz experiment: it is JSON, but not an object ({...})"));
        return experimentOf(document.object());
    } catch (const Refused& refused) {
        if (errorMessage)
            *errorMessage = refused.message;
    } catch (const std::exception& error) { // out of memory for the points, or the core's checks
        if (errorMessage)
            *errorMessage = errorText(error);
    }
    return std::nullopt;
}

std::optional<ExperimentSettings> readExperimentFile(const QString& path, QString* errorMessage)
{
    const auto fail = [&](const QString& problem) {
        if (errorMessage)
            *errorMessage = aboutFile(path, problem);
        return std::nullopt;
    };
    // Checked without opening: opening a FIFO would wait for a writer.
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return fail(QCoreApplication::translate("initviz::ui::ExperimentFile",
                                                "there is no such file, or it cannot be reached"));
    if (!S_ISREG(status.st_mode))
        return fail(
            QCoreApplication::translate("initviz::ui::ExperimentFile", "it is not a regular file"));
    if (status.st_size > kMaxExperimentFileBytes)
        return fail(QCoreApplication::translate(
                        "initviz::ui::ExperimentFile",
                        "it is larger than %1 MiB, more than an experiment file can be")
                        .arg(kMaxExperimentFileBytes / kBytesPerMiB));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            QCoreApplication::translate("initviz::ui::ExperimentFile", "it cannot be read (%1)")
                .arg(file.errorString()));
    // A file that grew since stat is still cut at the cap (plus one byte, to notice it).
    const QByteArray json = file.read(kMaxExperimentFileBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return fail(
            QCoreApplication::translate("initviz::ui::ExperimentFile", "it cannot be read (%1)")
                .arg(file.errorString()));
    if (json.size() > kMaxExperimentFileBytes)
        return fail(QCoreApplication::translate(
                        "initviz::ui::ExperimentFile",
                        "it is larger than %1 MiB, more than an experiment file can be")
                        .arg(kMaxExperimentFileBytes / kBytesPerMiB));
    QString problem;
    std::optional<ExperimentSettings> experiment = parseExperiment(json, &problem);
    if (!experiment)
        return fail(problem);
    return experiment;
}

bool writeExperimentFile(const QString& path, const ExperimentSettings& experiment,
                         QString* errorMessage)
{
    if (const QString problem = fileNameProblem(path, {QString::fromLatin1(kExperimentSuffix)});
        !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    try {
        experiment.validate();
    } catch (const std::invalid_argument& error) {
        if (errorMessage)
            //: %1 a file, %2 what the core finds wrong with the experiment
            *errorMessage = QCoreApplication::translate("initviz::ui::ExperimentFile",
                                                        "Could not write %1: %2")
                                .arg(shownPath(path), errorText(error));
        return false;
    }
    const QByteArray json = experimentJson(experiment);
    return writeFileAtomically(
        path,
        [&json](QIODevice& device, QString* error) {
            if (device.write(json) != json.size()) {
                *error = device.errorString();
                return false;
            }
            return true;
        },
        errorMessage);
}

} // namespace initviz::ui
