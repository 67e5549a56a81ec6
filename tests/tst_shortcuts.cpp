// SPDX-License-Identifier: GPL-3.0-or-later
// The window's keyboard shortcuts from README's table, pressed as a teacher presses them: T (test
// points), L (log-scale cost axis), Esc (leaves presenter mode) and Ctrl+E (export the figure).
// Space and F11 are tested in tst_mainwindow. Issue 14: these had no test. Runs on the offscreen
// platform, with settings in a test location.
#include "ui/boundary_panel.h"
#include "ui/cost_view.h"
#include "ui/experiment_form.h"
#include "ui/main_window.h"

#include "core/initializers.h"
#include "window_test.h"

#include <QApplication>
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QImage>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <qcustomplot.h>

#include <algorithm>
#include <memory>

using initviz::InitScheme;
using initviz::test::makeWindow;
using initviz::ui::MainWindow;

namespace {
// Max-speed runs take well under a second; the margin is for a loaded CI machine.
constexpr int kTrainingTimeoutMs = 60'000;
// How long Ctrl+E's save dialog may take to appear before the test gives up on it.
constexpr int kDialogTimeoutMs = 10'000;
constexpr int kDialogPollMs = 20;

QtMessageHandler defaultHandler = nullptr;

/// The offscreen platform warns about every dock widget; nothing a test can act on.
void quietOffscreenNoise(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    defaultHandler(type, context, message);
}

/// The notebook's He run, trained to the end: the window then has a panel and a cost curve.
bool trainHe(MainWindow& window)
{
    for (const initviz::InitSchemeInfo& info : initviz::initSchemes()) {
        auto* box = window.form()->findChild<QCheckBox*>(QStringLiteral("init_%1").arg(
            QString::fromLatin1(info.name.data(), static_cast<qsizetype>(info.name.size()))));
        if (!box)
            return false;
        box->setChecked(info.scheme == InitScheme::He);
    }
    QPushButton* start = window.form()->startButton();
    if (!start->isEnabled())
        return false;
    QTest::mouseClick(start, Qt::LeftButton);
    return QTest::qWaitFor(
        [&] {
            return window.runCount() == 1 && window.runState(0) == MainWindow::RunState::Finished;
        },
        kTrainingTimeoutMs);
}

int visibleGraphs(const QCustomPlot& plot)
{
    int visible = 0;
    for (int i = 0; i < plot.graphCount(); ++i)
        visible += plot.graph(i)->visible() ? 1 : 0;
    return visible;
}

QCheckBox* checkBox(const MainWindow& window, const char* name)
{
    return window.findChild<QCheckBox*>(QLatin1String(name));
}
} // namespace

class TestShortcuts : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        defaultHandler = qInstallMessageHandler(quietOffscreenNoise);
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("InitVizTests"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_shortcuts"));
        QSettings().clear();
    }

    // T shows the test points as hollow markers in every panel, and hides them again.
    void tTogglesTheTestPoints()
    {
        const auto window = makeWindow();
        QVERIFY(trainHe(*window));
        QCheckBox* box = checkBox(*window, "showTestPoints");
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        const QCustomPlot& panel = *window->boundaryPanels().front()->plot();
        const int hidden = visibleGraphs(panel);

        QTest::keyClick(window.get(), Qt::Key_T);
        QVERIFY(box->isChecked());
        QVERIFY2(visibleGraphs(panel) > hidden, "no test points appeared");

        QTest::keyClick(window.get(), Qt::Key_T);
        QVERIFY(!box->isChecked());
        QCOMPARE(visibleGraphs(panel), hidden);
    }

    // L switches the cost axis to a log scale and back.
    void lTogglesTheLogScale()
    {
        const auto window = makeWindow();
        QVERIFY(trainHe(*window));
        QCheckBox* box = checkBox(*window, "logScale");
        QVERIFY(box);
        QVERIFY(!window->costView().isLogScale());
        const QCPAxis* costAxis = window->costView().graph(0)->valueAxis();

        QTest::keyClick(window.get(), Qt::Key_L);
        QVERIFY(box->isChecked());
        QVERIFY(window->costView().isLogScale());
        QCOMPARE(costAxis->scaleType(), QCPAxis::stLogarithmic);

        QTest::keyClick(window.get(), Qt::Key_L);
        QVERIFY(!box->isChecked());
        QVERIFY(!window->costView().isLogScale());
        QCOMPARE(costAxis->scaleType(), QCPAxis::stLinear);
    }

    // Esc leaves presenter mode (entered with F11), restoring the font; outside presenter mode it
    // changes nothing.
    void escLeavesPresenterMode()
    {
        const auto window = makeWindow();
        const qreal normal = window->font().pointSizeF();
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(!window->isPresenterMode());
        QCOMPARE(window->font().pointSizeF(), normal);

        QTest::keyClick(window.get(), Qt::Key_F11);
        QVERIFY(window->isPresenterMode());
        QTest::keyClick(window.get(), Qt::Key_Escape);
        QVERIFY(!window->isPresenterMode());
        QCOMPARE(window->font().pointSizeF(), normal);
    }

    // Ctrl+E does nothing before a run (nothing to export), and after one opens the save dialog;
    // the file chosen there is written as the figure.
    void ctrlEExportsTheFigure()
    {
        const auto window = makeWindow();
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const QString path = folder.filePath(QStringLiteral("shortcut.png"));

        QString dialogTitle;
        int dialogs = 0;
        QTimer watcher;
        watcher.setInterval(kDialogPollMs);
        connect(&watcher, &QTimer::timeout, this, [&] {
            auto* dialog = qobject_cast<QFileDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            if (++dialogs > 1) {
                dialog->reject(); // accepting did not close it: give up rather than hang
                return;
            }
            dialogTitle = dialog->windowTitle();
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept(); // QFileDialog::accept is protected
        });
        watcher.start();

        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
        QTest::qWait(10 * kDialogPollMs);
        QCOMPARE(dialogs, 0); // the action is disabled until something has trained

        QVERIFY(trainHe(*window));
        // The dialog is modal: keyClick returns once the watcher has accepted it.
        QTest::keyClick(window.get(), Qt::Key_E, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(dialogs, 1, kDialogTimeoutMs);
        QCOMPARE(dialogTitle, QStringLiteral("Export figure"));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(path), kDialogTimeoutMs);
        const QImage figure(path);
        QVERIFY2(!figure.isNull(), "the exported figure is not a PNG image");
        QVERIFY(figure.width() > 100 && figure.height() > 100);
    }
};

QTEST_MAIN(TestShortcuts)
#include "tst_shortcuts.moc"
