// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12 in the window: File > New / Open / Save / Save As / Open recent, the title's file name
// and unsaved-changes mark, a dropped .initviz file, the question before unsaved changes are set
// aside, and `initviz FILE.initviz`. Runs on the offscreen platform.
#include "ui/experiment_file.h"
#include "ui/experiment_form.h"
#include "ui/main_window.h"

#include "window_test.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QMenu>
#include <QMimeData>
#include <QProcess>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/stat.h>

#include <memory>

using initviz::InitScheme;
using initviz::ui::ExperimentSettings;
using initviz::ui::MainWindow;

namespace {
constexpr int kProcessTimeoutMs = 60'000;
// A usage error, as the command line's other bad options.
constexpr int kExitUsage = 2;

/// The notebook with a different learning rate and two initializations.
ExperimentSettings changedExperiment()
{
    ExperimentSettings experiment = ExperimentSettings::notebook();
    experiment.schemes = {InitScheme::Random, InitScheme::He};
    experiment.training.learningRate = 0.05;
    experiment.data.noise = 0.125;
    return experiment;
}

QString writeFile(const QTemporaryDir& folder, const char* name, const QByteArray& content)
{
    const QString path = folder.filePath(QString::fromLatin1(name));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("could not write %s", name);
    return path;
}

QAction* action(const MainWindow& window, const char* name)
{
    return initviz::test::child<QAction>(window, name);
}
} // namespace

class TestWindowFiles : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { initviz::test::prepareWindowTest("tst_window_files"); }
    void init() { QSettings().clear(); }

    // Standard keys on the File menu's entries.
    // Mutation seen: QKeySequence::Open put back on Open data... failed the last check.
    void fileMenuHasStandardKeys()
    {
        const auto window = initviz::test::shownWindow();
        QCOMPARE(action(*window, "newExperimentAction")->shortcut(),
                 QKeySequence(QKeySequence::New));
        QCOMPARE(action(*window, "openExperimentAction")->shortcut(),
                 QKeySequence(QKeySequence::Open));
        QCOMPARE(action(*window, "saveExperimentAction")->shortcut(),
                 QKeySequence(QKeySequence::Save));
        QCOMPARE(action(*window, "saveExperimentAsAction")->shortcut(),
                 QKeySequence(QKeySequence::SaveAs));
        QVERIFY(action(*window, "openDataAction")->shortcut().isEmpty());
    }

    // Open (the function File > Open and Open recent call), the title, the mark, Save.
    // Mutation seen: without the settingsChanged -> updateModified connection the window was
    // never marked modified (this test and unsavedChangesAsk failed).
    void openShowsTheFileAndMarksChanges()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("lesson.initviz"));
        QString error;
        QVERIFY2(initviz::ui::writeExperimentFile(path, changedExperiment(), &error),
                 qPrintable(error));
        const auto window = initviz::test::shownWindow();
        QVERIFY(!window->isWindowModified());
        window->openExperimentFile(path);
        QCOMPARE(window->experimentPath(), path);
        QVERIFY(window->form()->settings() == changedExperiment());
        QCOMPARE(window->windowFilePath(), path);
        QCOMPARE(window->windowTitle(),
                 QStringLiteral("lesson.initviz[*] \u2014 Weight initialization, live"));
        QVERIFY(!window->isWindowModified());
        QCOMPARE(window->recentExperiments(), QStringList{path});

        window->form()->setSettings(ExperimentSettings::notebook());
        QVERIFY(window->isWindowModified());
        // Back to what the file holds: nothing unsaved.
        window->form()->setSettings(changedExperiment());
        QVERIFY(!window->isWindowModified());
        window->form()->setSettings(ExperimentSettings::notebook());

        const QString other = folder.filePath(QStringLiteral("other.initviz"));
        QVERIFY2(window->saveExperiment(other, &error), qPrintable(error));
        QVERIFY(!window->isWindowModified());
        QCOMPARE(window->experimentPath(), other);
        QCOMPARE(window->recentExperiments(), (QStringList{other, path}));
        const std::optional<ExperimentSettings> saved
            = initviz::ui::readExperimentFile(other, &error);
        QVERIFY2(saved, qPrintable(error));
        QVERIFY(*saved == ExperimentSettings::notebook());
    }

    // A bad file changes nothing in the window, and says why.
    // Mutation seen: markSaved(path) on a refused file (the window taking its name) failed
    // every row.
    void badFileChangesNothing_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("not json")
                                  << "it is not JSON (illegal value at "
                                     "byte 1)";
        QTest::newRow("future version")
            << initviz::ui::experimentJson(changedExperiment())
                   .replace("\"version\": 1", "\"version\": 7")
            << "it is version 7, made by a newer InitViz; this one reads version 1";
        QTest::newRow("out of range")
            << initviz::ui::experimentJson(changedExperiment())
                   .replace("\"trainSamples\": 300", "\"trainSamples\": 1")
            << "\u201cdata.trainSamples\u201d must be a whole number from 2 to 1000000, not 1";
    }

    void badFileChangesNothing()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir folder;
        const QString path = writeFile(folder, "bad.initviz", content);
        const auto window = initviz::test::shownWindow();
        const ExperimentSettings before = window->form()->settings();
        const QString title = window->windowTitle();
        QString error;
        QVERIFY(!window->openExperiment(path, &error));
        QCOMPARE(error, path + QStringLiteral(": ") + message);
        QVERIFY(window->form()->settings() == before);
        QCOMPARE(window->windowTitle(), title);
        QVERIFY(window->experimentPath().isEmpty());
        QVERIFY(window->recentExperiments().isEmpty());
    }

    // A .initviz file dropped on the window opens; another file is not taken.
    // Mutation seen: dragEnterEvent accepting every drop took the CSV file.
    void droppedFileOpens()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("dropped.initviz"));
        QString error;
        QVERIFY(initviz::ui::writeExperimentFile(path, changedExperiment(), &error));
        const auto window = initviz::test::shownWindow();
        QVERIFY(window->acceptDrops());

        QMimeData csv;
        csv.setUrls({QUrl::fromLocalFile(folder.filePath(QStringLiteral("points.csv")))});
        QDragEnterEvent refused(QPoint(10, 10), Qt::CopyAction, &csv, Qt::LeftButton,
                                Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &refused);
        QVERIFY(!refused.isAccepted());

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton,
                              Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(window.get(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(window->experimentPath(), path);
        QVERIFY(window->form()->settings() == changedExperiment());
    }

    // Unsaved changes: New, Open and closing ask; Cancel keeps everything, Discard goes on,
    // Save saves first.
    // Mutation seen: maySetAside returning true at once: nobody was asked (asked stayed 0).
    void unsavedChangesAsk()
    {
        QTemporaryDir folder;
        const QString path = folder.filePath(QStringLiteral("asked.initviz"));
        QString error;
        QVERIFY(initviz::ui::writeExperimentFile(path, changedExperiment(), &error));
        const auto window = initviz::test::shownWindow();
        int asked = 0;
        MainWindow::UnsavedChanges answer = MainWindow::UnsavedChanges::Cancel;
        window->setUnsavedChangesQuestion([&] {
            ++asked;
            return answer;
        });
        QVERIFY(window->openExperiment(path, &error));
        ExperimentSettings edited = changedExperiment();
        edited.training.iterations = 1234;
        window->form()->setSettings(edited);
        QVERIFY(window->isWindowModified());

        window->newExperiment(); // Cancel
        QCOMPARE(asked, 1);
        QVERIFY(window->form()->settings() == edited);
        QVERIFY(!window->close()); // Cancel keeps the window
        QCOMPARE(asked, 2);
        QVERIFY(window->isVisible());

        answer = MainWindow::UnsavedChanges::Save; // saves into the open file, then goes on
        window->newExperiment();
        QCOMPARE(asked, 3);
        QVERIFY(window->form()->settings() == ExperimentSettings::notebook());
        QVERIFY(window->experimentPath().isEmpty());
        QCOMPARE(window->windowTitle(), QStringLiteral("Weight initialization, live[*]"));
        const std::optional<ExperimentSettings> saved
            = initviz::ui::readExperimentFile(path, &error);
        QVERIFY2(saved, qPrintable(error));
        QCOMPARE(saved->training.iterations, 1234);

        answer = MainWindow::UnsavedChanges::Discard;
        QVERIFY(window->openExperiment(path, &error));
        window->form()->setSettings(changedExperiment());
        window->openExperimentFile(path); // Discard: the file's 1234 iterations again
        QCOMPARE(asked, 4);
        QCOMPARE(window->form()->settings().training.iterations, 1234);
        // Nothing unsaved: nobody is asked.
        window->newExperiment();
        QCOMPARE(asked, 4);
    }

    // Up to eight remembered files, newest first; a vanished one is dropped with a message.
    // Mutation seen: kMaxRecent = 10 kept ten files.
    void recentFiles()
    {
        QTemporaryDir folder;
        QString error;
        const auto window = initviz::test::shownWindow();
        QStringList paths;
        for (int k = 0; k < 10; ++k) {
            paths.prepend(folder.filePath(QStringLiteral("e%1.initviz").arg(k)));
            QVERIFY2(window->saveExperiment(paths.front(), &error), qPrintable(error));
        }
        QCOMPARE(window->recentExperiments(), paths.mid(0, 8));
        QVERIFY(QFile::remove(paths.front()));
        auto* menu = initviz::test::child<QMenu>(*window, "recentMenu");
        emit menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 8 + 2); // the files, a separator, Clear list
        menu->actions().front()->trigger();
        QCOMPARE(window->recentExperiments(), paths.mid(1, 7));
        QVERIFY2(window->statusBar()->currentMessage().contains(QStringLiteral("no longer there")),
                 qPrintable(window->statusBar()->currentMessage()));
        emit menu->aboutToShow();
        action(*window, "clearRecentAction")->trigger();
        QVERIFY(window->recentExperiments().isEmpty());
        QVERIFY(!menu->isEnabled());
    }

    // `initviz FILE.initviz`: a bad file is refused before any window, with exit code 2; a good
    // one opens (scripted: --quit-when-done quits as soon as the window is shown).
    // Mutation seen: not reading the file in app/run.cpp opened the window (exit 0) for the bad
    // one.
    void commandLineOpensTheFile()
    {
        QTemporaryDir folder;
        const QString bad = writeFile(folder, "bad.initviz", "{}");
        QProcess process;
        process.start(QStringLiteral(INITVIZ_EXE), {bad, QStringLiteral("--quit-when-done")});
        QVERIFY(process.waitForFinished(kProcessTimeoutMs));
        QCOMPARE(process.exitCode(), kExitUsage);
        QCOMPARE(
            QString::fromLocal8Bit(process.readAllStandardError()),
            QStringLiteral("initviz: %1: it is not an InitViz experiment: its \u201cformat\u201d "
                           "is not \u201cinitviz-experiment\u201d\n")
                .arg(bad));

        const QString good = folder.filePath(QStringLiteral("good.initviz"));
        QString error;
        QVERIFY(initviz::ui::writeExperimentFile(good, changedExperiment(), &error));
        process.start(QStringLiteral(INITVIZ_EXE), {good, QStringLiteral("--quit-when-done")});
        QVERIFY(process.waitForFinished(kProcessTimeoutMs));
        QCOMPARE(process.exitCode(), 0);

        process.start(QStringLiteral(INITVIZ_EXE),
                      {good, QStringLiteral("--learning-rate"), QStringLiteral("0.5")});
        QVERIFY(process.waitForFinished(kProcessTimeoutMs));
        QCOMPARE(process.exitCode(), kExitUsage);
        QVERIFY(process.readAllStandardError().contains("holds the experiment's settings"));
    }
};

QTEST_MAIN(TestWindowFiles)
#include "tst_window_files.moc"
