// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 11, a measured diagnosis: the verdict the window's results table shows for a run
// (Problem/Comment, its evidence in the tooltip) is the one `initviz inspect --iteration N` and
// `initviz compare` print for the same run, and the one issue 11's table of runs asks for. Three
// separate paths: the window's training thread, and two processes of the command line.
#include "ui/experiment_form.h"
#include "ui/main_window.h"
#include "ui/results_table.h"

#include "cli_process.h"
#include "core/initializers.h"
#include "window_test.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTableWidget>
#include <QTest>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

using initviz::test::CliOutcome;
using initviz::test::runInitviz;
using initviz::ui::MainWindow;

namespace {
constexpr int kTrainingTimeoutMs = 120'000;

struct Verdict {
    QString code;
    QString evidence;
};

/// The options a command-line run needs to be the window's run.
QStringList runOptions(const initviz::ui::ExperimentSettings& settings)
{
    QStringList layers;
    for (const int width : settings.training.layerDims)
        layers << QString::number(width);
    return {
        QStringLiteral("--layers"),        layers.join(QLatin1Char(',')),
        QStringLiteral("--learning-rate"), QString::number(settings.training.learningRate, 'g', 17),
        QStringLiteral("--cost-every"),    QString::number(settings.training.costEvery),
        QStringLiteral("--seed"),          QString::number(settings.training.seed),
        QStringLiteral("--noise"),         QString::number(settings.data.noise, 'g', 17),
        QStringLiteral("--train-samples"), QString::number(settings.data.trainSamples)};
}

Verdict verdictOf(const QJsonObject& diagnosis)
{
    return {diagnosis.value(QStringLiteral("code")).toString(),
            diagnosis.value(QStringLiteral("evidence")).toString()};
}

QString describe(const CliOutcome& outcome)
{
    return QStringLiteral("exit %1: %2").arg(outcome.exitCode).arg(outcome.err);
}
} // namespace

class TestWindowDiagnosis : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { initviz::test::prepareWindowTest("tst_window_diagnosis"); }

    void tableVerdictsEqualInspectAndCompare_data()
    {
        QTest::addColumn<QStringList>("schemes");
        QTest::addColumn<std::vector<int>>("layers");
        QTest::addColumn<double>("learningRate");
        QTest::addColumn<int>("iterations");
        QTest::addColumn<double>("noise");
        QTest::addColumn<QStringList>("codes"); // what issue 11's table asks, per scheme

        const std::vector<int> notebook{2, 10, 5, 1};
        QTest::newRow("the notebook's three")
            << QStringList{QStringLiteral("zeros"), QStringLiteral("random"), QStringLiteral("he")}
            << notebook << 0.01 << 15000 << 0.05
            << QStringList{QStringLiteral("symmetry"), QStringLiteral("saturated-output"),
                           QStringLiteral("trains-well")};
        QTest::newRow("he 2,3,1, 2000 iterations")
            << QStringList{QStringLiteral("he")} << std::vector<int>{2, 3, 1} << 0.01 << 2000
            << 0.05 << QStringList{QStringLiteral("stalled")};
        QTest::newRow("he, learning rate 1000")
            << QStringList{QStringLiteral("he")} << notebook << 1000.0 << 1000 << 0.05
            << QStringList{QStringLiteral("diverged")};
        std::vector<int> deep{2};
        deep.insert(deep.end(), 10, 10);
        deep.push_back(1);
        QTest::newRow("small random and xavier, 10 hidden relu layers")
            << QStringList{QStringLiteral("small"), QStringLiteral("xavier")} << deep << 0.01
            << 1000 << 0.05
            << QStringList{QStringLiteral("vanishing"), QStringLiteral("vanishing")};
        QTest::newRow("he, noise 0.3, 30000 iterations")
            << QStringList{QStringLiteral("he")} << notebook << 0.01 << 30000 << 0.3
            << QStringList{QStringLiteral("stalled")};
    }

    void tableVerdictsEqualInspectAndCompare()
    {
        QFETCH(QStringList, schemes);
        QFETCH(std::vector<int>, layers);
        QFETCH(double, learningRate);
        QFETCH(int, iterations);
        QFETCH(double, noise);
        QFETCH(QStringList, codes);

        initviz::ui::ExperimentSettings settings = initviz::ui::ExperimentSettings::notebook();
        settings.schemes.clear();
        for (const QString& name : schemes)
            settings.schemes.push_back(*initviz::parseInitScheme(name.toStdString()));
        settings.training.layerDims = layers;
        settings.training.learningRate = learningRate;
        settings.training.iterations = iterations;
        settings.data.noise = noise;

        MainWindow window;
        QVERIFY(initviz::test::trainToTheEnd(window, settings, kTrainingTimeoutMs));

        // compare: every scheme of the row at once
        const CliOutcome compared
            = runInitviz(QStringList{QStringLiteral("compare"), QStringLiteral("--inits"),
                                     schemes.join(QLatin1Char(',')), QStringLiteral("--iterations"),
                                     QString::number(iterations), QStringLiteral("--json")}
                         + runOptions(settings));
        QVERIFY2(compared.exitCode == 0, qPrintable(describe(compared)));
        const QJsonArray runs = QJsonDocument::fromJson(compared.out).array();
        QCOMPARE(runs.size(), schemes.size());

        // The table's rows, one run each, in the order the form keeps the initializations.
        const std::vector<initviz::TrainingConfig> configs = window.form()->settings().runConfigs();
        QCOMPARE(window.resultsTable()->rowCount(), static_cast<int>(configs.size()));
        for (int i = 0; i < static_cast<int>(configs.size()); ++i) {
            const std::string_view name
                = initviz::schemeInfo(configs[static_cast<std::size_t>(i)].init).name;
            const QString scheme
                = QString::fromUtf8(name.data(), static_cast<qsizetype>(name.size()));
            const CliOutcome inspected
                = runInitviz(QStringList{QStringLiteral("inspect"), QStringLiteral("--init"),
                                         scheme, QStringLiteral("--iteration"),
                                         QString::number(iterations), QStringLiteral("--json")}
                             + runOptions(settings));
            QVERIFY2(inspected.exitCode == 0, qPrintable(describe(inspected)));
            const Verdict inspect = verdictOf(QJsonDocument::fromJson(inspected.out)
                                                  .object()
                                                  .value(QStringLiteral("diagnosis"))
                                                  .toObject());
            QJsonObject compareRun;
            for (const QJsonValue& run : runs) {
                if (run.toObject().value(QStringLiteral("init")).toString() == scheme)
                    compareRun = run.toObject();
            }
            QVERIFY2(!compareRun.isEmpty(), qPrintable(scheme));
            const Verdict compare
                = verdictOf(compareRun.value(QStringLiteral("diagnosis")).toObject());

            // The verdict, earned by the same measurement on all three paths.
            QCOMPARE(inspect.code, codes[static_cast<int>(schemes.indexOf(scheme))]);
            QCOMPARE(compare.code, inspect.code);
            QCOMPARE(compare.evidence, inspect.evidence);
            QVERIFY(!inspect.evidence.isEmpty());
            const QTableWidgetItem* comment
                = window.resultsTable()->item(i, MainWindow::CommentColumn);
            QVERIFY(comment);
            const QString text = initviz::ui::ResultsTable::diagnosisText(inspect.code);
            QCOMPARE(comment->text(), text);
            QCOMPARE(comment->toolTip(), text + QLatin1Char('\n') + inspect.evidence);
        }
    }
};

QTEST_MAIN(TestWindowDiagnosis)
#include "tst_window_diagnosis.moc"
