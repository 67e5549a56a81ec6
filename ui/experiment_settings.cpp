// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/experiment_settings.h"

#include "ui/core_text.h"
#include "ui/plot_style.h"

#include "core/dataset_kinds.h"
#include "core/text.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QStringList>

#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <stdexcept>
#include <string>

namespace initviz::ui {

namespace {
// Iterations per second of each pace: the notebook's 15000 iterations take 12 s, 6 s and 2 s.
constexpr double kSlowRate = 1250.0;
constexpr double kClassroomRate = 2500.0;
constexpr double kFastRate = 7500.0;

namespace key {
const QString inits = QStringLiteral("experiment/inits");
const QString activations = QStringLiteral("experiment/activations");
const QString learningRate = QStringLiteral("experiment/learningRate");
const QString iterations = QStringLiteral("experiment/iterations");
const QString seed = QStringLiteral("experiment/seed");
const QString seedCount = QStringLiteral("experiment/seedCount");
const QString layers = QStringLiteral("experiment/layers");
const QString costEvery = QStringLiteral("experiment/costEvery");
const QString stableLoss = QStringLiteral("experiment/stableLoss");
const QString kind = QStringLiteral("dataset/kind");
const QString spread = QStringLiteral("dataset/spread");
const QString trainSamples = QStringLiteral("dataset/trainSamples");
const QString testSamples = QStringLiteral("dataset/testSamples");
const QString noise = QStringLiteral("dataset/noise");
const QString factor = QStringLiteral("dataset/factor");
const QString trainSeed = QStringLiteral("dataset/trainSeed");
const QString testSeed = QStringLiteral("dataset/testSeed");
const QString speed = QStringLiteral("display/speed");
const QString testPoints = QStringLiteral("display/testPoints");
const QString logScale = QStringLiteral("display/logScale");
const QString colourBlindSafeClasses = QStringLiteral("display/colourBlindSafeClasses");
} // namespace key

/// A finite number in [low, high]; anything else is ignored.
std::optional<double> readDouble(const QSettings& store, const QString& name, double low,
                                 double high)
{
    const QVariant value = store.value(name);
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    const double number = value.toString().toDouble(&ok);
    if (!ok || !std::isfinite(number) || number < low || number > high)
        return std::nullopt;
    return number;
}

/// An integer in [low, high], written as text or a number; anything else is ignored.
std::optional<long long> readInteger(const QSettings& store, const QString& name, long long low,
                                     long long high)
{
    const QVariant value = store.value(name);
    if (!value.isValid())
        return std::nullopt;
    bool ok = false;
    const long long number = value.toString().trimmed().toLongLong(&ok);
    if (!ok || number < low || number > high)
        return std::nullopt;
    return number;
}

std::optional<bool> readBool(const QSettings& store, const QString& name)
{
    const QString text = store.value(name).toString().trimmed().toLower();
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    return std::nullopt;
}

std::optional<std::vector<InitScheme>> readSchemes(const QSettings& store)
{
    const QVariant value = store.value(key::inits);
    if (!value.isValid())
        return std::nullopt;
    std::vector<InitScheme> schemes;
    const QStringList names = value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& name : names) {
        const std::optional<InitScheme> scheme = parseInitScheme(name.trimmed().toStdString());
        if (scheme && std::find(schemes.begin(), schemes.end(), *scheme) == schemes.end())
            schemes.push_back(*scheme);
    }
    if (schemes.empty())
        return std::nullopt;
    // Picker order, whatever order the file lists them in.
    std::vector<InitScheme> ordered;
    for (const InitSchemeInfo& info : initSchemes()) {
        if (std::find(schemes.begin(), schemes.end(), info.scheme) != schemes.end())
            ordered.push_back(info.scheme);
    }
    return ordered;
}

/// The activations' command-line names, comma-separated; unknown names are skipped, and a list
/// with none known is ignored. In the picker's (the core table's) order.
std::optional<std::vector<Activation>> readActivations(const QSettings& store)
{
    const QVariant value = store.value(key::activations);
    if (!value.isValid())
        return std::nullopt;
    std::vector<Activation> listed;
    for (const QString& name : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const std::optional<Activation> activation
            = parseActivation(name.trimmed().toStdString()))
            listed.push_back(*activation);
    }
    std::vector<Activation> ordered;
    for (const ActivationInfo& info : activations()) {
        if (std::find(listed.begin(), listed.end(), info.activation) != listed.end())
            ordered.push_back(info.activation);
    }
    if (ordered.empty())
        return std::nullopt;
    return ordered;
}

template <typename Apply, typename Value>
void applyIf(const std::optional<Value>& value, Apply apply)
{
    if (value)
        apply(*value);
}
} // namespace

double iterationsPerSecond(Speed speed)
{
    switch (speed) {
    case Speed::Slow:
        return kSlowRate;
    case Speed::Classroom:
        return kClassroomRate;
    case Speed::Fast:
        return kFastRate;
    case Speed::Maximum:
        return 0.0;
    }
    return kClassroomRate;
}

QString speedName(Speed speed)
{
    switch (speed) {
    case Speed::Slow:
        return QStringLiteral("slow");
    case Speed::Classroom:
        return QStringLiteral("classroom");
    case Speed::Fast:
        return QStringLiteral("fast");
    case Speed::Maximum:
        return QStringLiteral("max");
    }
    return QStringLiteral("classroom");
}

void saveSettings(QSettings& store, const RememberedSettings& remembered)
{
    const ExperimentSettings& experiment = remembered.experiment;
    QStringList names;
    for (const InitScheme scheme : experiment.schemes) {
        names << toQString(schemeInfo(scheme).name);
    }
    store.setValue(key::inits, names.join(QLatin1Char(',')));
    QStringList activationNames;
    for (const Activation activation : experiment.activations)
        activationNames << toQString(activationInfo(activation).name);
    store.setValue(key::activations, activationNames.join(QLatin1Char(',')));
    // Doubles as their shortest exact text, so they read back bit for bit.
    store.setValue(key::learningRate,
                   QString::fromStdString(formatPython(experiment.training.learningRate)));
    store.setValue(key::iterations, experiment.training.iterations);
    store.setValue(key::seed, static_cast<qulonglong>(experiment.training.seed));
    store.setValue(key::seedCount, experiment.seedCount);
    store.setValue(key::layers,
                   QString::fromStdString(formatLayers(experiment.training.layerDims)));
    store.setValue(key::costEvery, experiment.training.costEvery);
    store.setValue(key::stableLoss, experiment.training.stableLoss);
    // Your own points are not remembered: a file is opened again, clicks are for the lesson.
    store.setValue(key::kind, toQString(datasetKindInfo(experiment.data.kind).name));
    store.setValue(key::spread, QString::fromStdString(formatPython(experiment.data.spread)));
    store.setValue(key::trainSamples, experiment.data.trainSamples);
    store.setValue(key::testSamples, experiment.data.testSamples);
    store.setValue(key::noise, QString::fromStdString(formatPython(experiment.data.noise)));
    store.setValue(key::factor, QString::fromStdString(formatPython(experiment.data.factor)));
    store.setValue(key::trainSeed, static_cast<qulonglong>(experiment.data.trainSeed));
    store.setValue(key::testSeed, static_cast<qulonglong>(experiment.data.testSeed));
    store.setValue(key::speed, speedName(remembered.speed));
    store.setValue(key::testPoints, remembered.showTestPoints);
    store.setValue(key::logScale, remembered.logScale);
    store.setValue(key::colourBlindSafeClasses, remembered.colourBlindSafeClasses);
}

RememberedSettings loadSettings(QSettings& store)
{
    constexpr long long kIntMax = std::numeric_limits<int>::max();
    constexpr long long kSeedMax = std::numeric_limits<std::uint32_t>::max();
    RememberedSettings remembered;
    ExperimentSettings& experiment = remembered.experiment;
    TrainingConfig& training = experiment.training;
    DatasetOptions& data = experiment.data;
    try {
        applyIf(readSchemes(store),
                [&](std::vector<InitScheme> schemes) { experiment.schemes = std::move(schemes); });
        applyIf(readActivations(store), [&](std::vector<Activation> chosen) {
            experiment.activations = std::move(chosen);
        });
        applyIf(readDouble(store, key::learningRate, limits::kMinLearningRate,
                           limits::kMaxLearningRate),
                [&](double value) { training.learningRate = value; });
        applyIf(readInteger(store, key::iterations, 1, limits::kMaxIterations),
                [&](long long value) { training.iterations = static_cast<int>(value); });
        applyIf(readInteger(store, key::seed, 0, kSeedMax),
                [&](long long value) { training.seed = static_cast<std::uint32_t>(value); });
        applyIf(readInteger(store, key::seedCount, 1, limits::kMaxRuns),
                [&](long long value) { experiment.seedCount = static_cast<int>(value); });
        if (const QVariant layers = store.value(key::layers); layers.isValid()) {
            try {
                training.layerDims = parseLayers(layers.toString().toStdString());
            } catch (const std::invalid_argument&) {
                // keep the notebook's layers
            }
        }
        applyIf(readInteger(store, key::costEvery, 1, kIntMax),
                [&](long long value) { training.costEvery = static_cast<int>(value); });
        applyIf(readBool(store, key::stableLoss), [&](bool value) { training.stableLoss = value; });
        if (const QVariant kind = store.value(key::kind); kind.isValid()) {
            if (const std::optional<DatasetKind> parsed
                = parseDatasetKind(kind.toString().trimmed().toStdString()))
                data.kind = *parsed;
        }
        applyIf(readDouble(store, key::spread, limits::kMinSpread, limits::kMaxSpread),
                [&](double value) { data.spread = value; });
        applyIf(readInteger(store, key::trainSamples, limits::kMinSamples, limits::kMaxSamples),
                [&](long long value) { data.trainSamples = static_cast<int>(value); });
        applyIf(readInteger(store, key::testSamples, limits::kMinSamples, limits::kMaxSamples),
                [&](long long value) { data.testSamples = static_cast<int>(value); });
        applyIf(readDouble(store, key::noise, 0.0, limits::kMaxNoise),
                [&](double value) { data.noise = value; });
        applyIf(readDouble(store, key::factor, 0.0, limits::kMaxFactor),
                [&](double value) { data.factor = value; });
        applyIf(readInteger(store, key::trainSeed, 0, kSeedMax),
                [&](long long value) { data.trainSeed = static_cast<std::uint32_t>(value); });
        applyIf(readInteger(store, key::testSeed, 0, kSeedMax),
                [&](long long value) { data.testSeed = static_cast<std::uint32_t>(value); });
    } catch (const std::exception&) {
        remembered.experiment = ExperimentSettings::notebook();
    }
    // Values that are fine one by one can still make an experiment the core rejects (a cost
    // interval giving too many points, a network too large for the samples): then none of the
    // remembered training and data values are trusted.
    try {
        experiment.validate();
    } catch (const std::invalid_argument&) {
        const std::vector<InitScheme> schemes = experiment.schemes;
        experiment = ExperimentSettings::notebook();
        if (!schemes.empty())
            experiment.schemes = schemes;
    }

    const QString speed = store.value(key::speed).toString();
    for (const Speed candidate : {Speed::Slow, Speed::Classroom, Speed::Fast, Speed::Maximum}) {
        if (speed == speedName(candidate))
            remembered.speed = candidate;
    }
    applyIf(readBool(store, key::testPoints),
            [&](bool value) { remembered.showTestPoints = value; });
    applyIf(readBool(store, key::logScale), [&](bool value) { remembered.logScale = value; });
    applyIf(readBool(store, key::colourBlindSafeClasses),
            [&](bool value) { remembered.colourBlindSafeClasses = value; });
    return remembered;
}

QString userSettingsPath()
{
    const QString configHome = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (!QDir::isAbsolutePath(configHome) && qEnvironmentVariableIsEmpty("HOME"))
        return {};
    const QString organization = QCoreApplication::organizationName();
    const QString application = QCoreApplication::applicationName();
    // As QSettings names it on Unix: <config>/<organization>/<application>.conf.
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
        + QLatin1Char('/')
        + (organization.isEmpty() ? QStringLiteral("Unknown Organization") : organization)
        + QLatin1Char('/') + application + QStringLiteral(".conf");
}

QString settingsFileProblem(const QString& path)
{
    struct stat status { };
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return {}; // nothing there yet (or unreachable, which QSettings will find too)
    if (!S_ISREG(status.st_mode))
        return QCoreApplication::translate("initviz::ui::Settings",
                                           "the settings file %1 is not a regular file")
            .arg(QDir::toNativeSeparators(path));
    if (status.st_size > kMaxSettingsFileBytes)
        return QCoreApplication::translate("initviz::ui::Settings",
                                           "the settings file %1 is larger than %2 KiB")
            .arg(QDir::toNativeSeparators(path))
            .arg(kMaxSettingsFileBytes / 1024);
    return {};
}

QString isolateUnusableSettings(const QString& emptyFolder)
{
    const QString path = userSettingsPath();
    const QString problem = path.isEmpty() ? QCoreApplication::translate(
                                "initviz::ui::Settings",
                                "there is no home folder (HOME is unset) to keep the settings in")
                                           : settingsFileProblem(path);
    if (problem.isEmpty())
        return {};
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, emptyFolder);
        QSettings::setPath(format, QSettings::SystemScope, emptyFolder);
    }
    return problem;
}

RememberedSettings settingsToRemember(const RememberedSettings& current,
                                      const RememberedSettings& previous,
                                      const std::optional<RememberedSettings>& launched)
{
    RememberedSettings remembered = current;
    if (!launched)
        return remembered;
    if (current.experiment == launched->experiment)
        remembered.experiment = previous.experiment;
    if (current.speed == launched->speed)
        remembered.speed = previous.speed;
    return remembered;
}

} // namespace initviz::ui
