// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/run.h"

#include "app/cli.h"
#include "app/depth.h"
#include "app/inspect.h"
#include "app/report.h"
#include "app/train_all.h"
#include "core/dataset_csv.h"
#include "ui/animation_export.h"
#include "ui/experiment_file.h"
#include "ui/figure_export.h"
#include "ui/launch_options.h"
#include "ui/launcher.h"
#include "ui/save_file.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>
#include <QSize>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <new>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace initviz::cli {

namespace {
constexpr char kProgramName[] = "initviz";
constexpr char kErrorPrefix[] = "initviz: ";
constexpr char kPlatformVariable[] = "QT_QPA_PLATFORM";
constexpr char kOffscreenPlatform[] = "offscreen";

/// Prints `message` as the one line "initviz: message" on stderr and returns `exitCode`.
int fail(std::string_view message, int exitCode)
{
    std::string line = kErrorPrefix;
    for (const char c : message) // one line, whatever a message echoes
        line.push_back(c == '\n' || c == '\r' ? ' ' : c);
    line.push_back('\n');
    std::fputs(line.c_str(), stderr);
    return exitCode;
}

/// All of a command's output in one write, so a failed command prints nothing on stdout.
int print(const std::string& text)
{
    if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
        return fail("cannot write the output", kExitFailure);
    return kExitSuccess;
}

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY")
        || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool platformChosen()
{
    return !qEnvironmentVariableIsEmpty(kPlatformVariable);
}

void useOffscreenPlatform()
{
    qputenv(kPlatformVariable, kOffscreenPlatform);
}

/// The generated data sets, or your own (--data, --test-data): a bad file throws
/// DataFileError (std::invalid_argument: exit 2) naming the file, the line and the problem.
DatasetPair loadData(const CommandLine& line)
{
    if (line.dataPath.isEmpty())
        return makeDatasets(line.data);
    DatasetPair data;
    data.train = readDataCsv(std::filesystem::path(line.dataPath.toStdString()));
    if (!line.testDataPath.isEmpty())
        data.test = readDataCsv(std::filesystem::path(line.testDataPath.toStdString()));
    else // no test set: 2 x 0 points, so the trainer and the reports see "none"
        data.test.X.resize(2, 0);
    return data;
}

int runTrain(const CommandLine& line)
{
    const TrainingResult result = train(line.training, loadData(line));
    return print(line.json ? trainJson(result) : trainText(result));
}

int runCompare(const CommandLine& line, int& appArgc, char** appArgv)
{
    // Issue 15: the figure's folder, links and name are checked before minutes of training.
    if (!line.plotPath.isEmpty()) {
        if (const QString problem = ui::outputPathProblem(line.plotPath); !problem.isEmpty())
            return fail(problem.toStdString(), kExitUsage);
    }
    if (!line.animatePath.isEmpty()) {
        if (const QString problem = ui::outputPathProblem(line.animatePath); !problem.isEmpty())
            return fail(problem.toStdString(), kExitUsage);
    }
    const std::vector<TrainingConfig> configs = compareRuns(line);
    const DatasetPair data = loadData(line);
    // Issue 12: with --animate the same runs, keeping their weights at the frames' iterations.
    ui::AnimationSettings animation;
    animation.size = QSize(line.animationWidth, line.animationHeight);
    animation.seconds = line.animationSeconds;
    animation.fps = line.animationFps;
    ui::AnimationRuns animated;
    if (!line.animatePath.isEmpty())
        animated.iterations
            = ui::animationIterations(line.training.iterations, animation.frameCount());
    const std::vector<TrainingResult> results = line.animatePath.isEmpty()
        ? trainAll(configs, data)
        : trainAllWithSnapshots(configs, data, animated.iterations, animated.weights);
    // The table first: a figure that fails later does not lose it.
    const std::vector<Diagnosis> diagnoses = diagnoseAll(results, data);
    if (const int printed
        = print(line.json ? compareJson(results, diagnoses) : compareText(results, diagnoses));
        printed != kExitSuccess || (line.plotPath.isEmpty() && line.animatePath.isEmpty()))
        return printed;

    // Issue 15: the figure is drawn with widgets but never shown, so always offscreen: a
    // QT_QPA_PLATFORM=xcb without a display (ssh) must not abort after the training.
    useOffscreenPlatform();
    const QApplication app(appArgc, appArgv);
    QString error;
    QString notice;
    if (!line.plotPath.isEmpty()) {
        if (!ui::exportComparisonFigure(results, data, line.plotPath, &error, &notice))
            return fail(error.toStdString(), kExitFailure);
        if (!notice.isEmpty())
            fail(notice.toStdString(), kExitSuccess);
    }
    if (!line.animatePath.isEmpty()) {
        notice.clear();
        animated.results = results;
        if (!ui::exportComparisonAnimation(animated, data, animation, line.animatePath, &error,
                                           &notice))
            return fail(error.toStdString(), kExitFailure);
        if (!notice.isEmpty())
            fail(notice.toStdString(), kExitSuccess);
    }
    return kExitSuccess;
}

int runDataset(const CommandLine& line)
{
    const DatasetPair data = loadData(line);
    if (line.csv && line.csvTestSet && data.test.size() == 0)
        return fail("there is no test set to write (--data without --test-data)", kExitUsage);
    if (line.csv)
        return print(writeDataCsv(line.csvTestSet ? data.test : data.train));
    return print(line.json ? datasetJson(data) : datasetText(data));
}

int runInspect(const CommandLine& line)
{
    const DatasetPair data = loadData(line);
    const InspectedNetwork inspected = inspectNetwork(line.training, data, line.inspectIteration);
    return print(line.json ? inspectJson(inspected)
                           : inspectText(inspected, line.training, data.train.size()));
}

int runBench(const CommandLine& line)
{
    const BenchmarkReport report = runBenchmarks(line.benchmark);
    return print(line.json ? benchJson(report) : benchText(report));
}

int runDepth(const CommandLine& line)
{
    const DatasetPair data = loadData(line);
    const DepthResult result = runDepthExperiment(line.depth, data.train.X, data.train.Y);
    const auto samples = static_cast<long long>(data.train.size());
    return print(line.json ? depthJson(result, line.depth.seed, samples)
                           : depthText(result, line.depth.seed, samples));
}

int runWindow(const CommandLine& line, int& appArgc, char** appArgv)
{
    // Issue 15: the screenshot's folder and links are checked before the window opens.
    if (!line.screenshotPath.isEmpty()) {
        if (const QString problem = ui::outputPathProblem(line.screenshotPath); !problem.isEmpty())
            return fail(problem.toStdString(), kExitUsage);
    }
    // Issue 12: a bad experiment file is refused before any window opens.
    std::optional<Experiment> experiment;
    if (!line.experimentPath.isEmpty()) {
        QString problem;
        experiment = ui::readExperimentFile(line.experimentPath, &problem);
        if (!experiment)
            return fail(problem.toStdString(), kExitUsage);
    }
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    if (!hasDisplay() && !platformChosen()) {
        // A fully scripted run (--start --quit-when-done) needs no one to look at the window:
        // let it run offscreen, e.g. to make a screenshot in CI. Otherwise Qt would abort.
        if (line.start && line.quitWhenDone)
            useOffscreenPlatform();
        else
            return fail("no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
                        "unset); try 'initviz compare', or set QT_QPA_PLATFORM=offscreen",
                        kExitUsage);
    }
#endif
    ui::LaunchOptions options;
    options.overrideSettings = line.settingsGiven;
    options.inits = line.inits;
    options.activations = line.activations;
    options.training = line.training;
    options.seedCount = std::max(1, static_cast<int>(line.seeds.size()));
    options.data = line.data;
    options.maxSpeed = line.maxSpeed;
    options.start = line.start;
    options.screenshotPath = line.screenshotPath;
    options.quitWhenDone = line.quitWhenDone;
    options.showLayers = line.showLayers;
    options.showDepth = line.showDepth;
    options.experimentPath = line.experimentPath;
    options.experiment = std::move(experiment);

    const QApplication app(appArgc, appArgv);
    return ui::runWindow(options);
}

int runCommand(const CommandLine& line)
{
    // The command line prints the notebook's numbers, compared with the notebook byte for byte,
    // and draws its figures the same way under any locale; only the window speaks the user's.
    if (line.command != Command::Window)
        QLocale::setDefault(QLocale::c());
    // Qt sees only the program name: every argument has been parsed and validated above, and
    // none of them is meant for Qt's own options (-platform, -style, ...).
    std::string programName = kProgramName; // Qt's argv is mutable
    char* appArgv[] = {programName.data(), nullptr};
    int appArgc = 1;
    switch (line.command) {
    case Command::Train: {
        const QCoreApplication app(appArgc, appArgv);
        return runTrain(line);
    }
    case Command::Compare:
        return runCompare(line, appArgc, appArgv);
    case Command::Dataset: {
        const QCoreApplication app(appArgc, appArgv);
        return runDataset(line);
    }
    case Command::Window:
        return runWindow(line, appArgc, appArgv);
    case Command::Bench: {
        const QCoreApplication app(appArgc, appArgv);
        return runBench(line);
    }
    case Command::Inspect: {
        const QCoreApplication app(appArgc, appArgv);
        return runInspect(line);
    }
    case Command::Depth: {
        const QCoreApplication app(appArgc, appArgv);
        return runDepth(line);
    }
    }
    return kExitFailure;
}
} // namespace

int run(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QString::fromLatin1(kProgramName));
    QCoreApplication::setApplicationVersion(QStringLiteral(INITVIZ_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    try {
        const CommandLine line = parseCommandLine(arguments);
        if (line.showHelp)
            return print(helpText().toStdString());
        if (line.showVersion)
            return print(versionText().toStdString() + "\n");
        return runCommand(line);
    } catch (const std::invalid_argument& error) {
        return fail(error.what(), kExitUsage);
    } catch (const std::bad_alloc&) {
        return fail("out of memory", kExitOutOfMemory);
    } catch (const std::exception& error) {
        return fail(error.what(), kExitFailure);
    }
}

} // namespace initviz::cli
