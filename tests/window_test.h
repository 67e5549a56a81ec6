// SPDX-License-Identifier: GPL-3.0-or-later
// What the window tests (tst_mainwindow, tst_visuals, tst_layout, tst_language) share: a quiet,
// isolated start, and the few ways they reach into a window.
#pragma once

#include "ui/experiment_form.h"
#include "ui/main_window.h"

#include "core/initializers.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSettings>
#include <QSize>
#include <QStandardPaths>
#include <QString>
#include <QTableWidget>
#include <QTest>
#include <QWidget>
#include <QtGlobal>

#include <algorithm>
#include <memory>
#include <vector>

namespace initviz::test {

inline QtMessageHandler defaultMessageHandler = nullptr;

/// The offscreen platform warns about every dock widget; nothing a test can act on.
inline void quietOffscreenNoise(QtMsgType type, const QMessageLogContext& context,
                                const QString& message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints")))
        return;
    defaultMessageHandler(type, context, message);
}

/// For initTestCase: quiets the offscreen platform's noise, and puts the settings in a test
/// location (never the user's), named for the test, and empty.
inline void prepareWindowTest(const char* testName)
{
    defaultMessageHandler = qInstallMessageHandler(quietOffscreenNoise);
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("InitVizTests"));
    // The parts of a split test (tests/test_parts.h) run at once: each keeps its own settings (one
    // part's seed count of 4 once reached the other's next window).
    QString name = QString::fromLatin1(testName);
    const QString part = qEnvironmentVariable("INITVIZ_TEST_PART");
    if (!part.isEmpty())
        name += QLatin1Char('-') + QString(part).replace(QLatin1Char('/'), QLatin1Char('-'));
    QCoreApplication::setApplicationName(name);
    QSettings().clear();
}

/// A new window, shown and exposed (a warning if the platform never exposes it).
inline std::unique_ptr<ui::MainWindow> shownWindow()
{
    auto window = std::make_unique<ui::MainWindow>();
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

/// A new window on cleared settings, training at `speed`, resized to `size` if one is given,
/// shown and exposed.
inline std::unique_ptr<ui::MainWindow> makeWindow(ui::Speed speed = ui::Speed::Maximum,
                                                  QSize size = {})
{
    QSettings().clear();
    auto window = std::make_unique<ui::MainWindow>();
    window->form()->setSpeed(speed);
    if (size.isValid())
        window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        qWarning("window not exposed");
    return window;
}

/// Ticks exactly `schemes` among the form's initializations (setChecked, as code would).
inline void selectOnly(ui::MainWindow& window, const std::vector<InitScheme>& schemes)
{
    for (const InitSchemeInfo& info : initSchemes()) {
        auto* box = window.form()->findChild<QCheckBox*>(QStringLiteral("init_%1").arg(
            QString::fromLatin1(info.name.data(), static_cast<qsizetype>(info.name.size()))));
        QVERIFY(box);
        box->setChecked(std::find(schemes.begin(), schemes.end(), info.scheme) != schemes.end());
    }
}

/// The child of `parent` with this object name; the test stops if there is none.
template <typename T> T* child(const QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child named %s", name);
    return found;
}

/// The results table's text at `row`, `column` (empty when the cell has no item).
inline QString cell(const ui::MainWindow& window, int row, ui::MainWindow::ResultColumn column)
{
    const QTableWidgetItem* item = window.resultsTable()->item(row, column);
    return item ? item->text() : QString();
}

/// Whether there are runs and every one is in `state`.
inline bool allRunsIn(const ui::MainWindow& window, ui::MainWindow::RunState state)
{
    for (int run = 0; run < window.runCount(); ++run) {
        if (window.runState(run) != state)
            return false;
    }
    return window.runCount() > 0;
}

/// Shows `window`, runs `settings` in it at maximum speed and waits until every run has finished
/// (within `timeoutMs`), the last redraws applied. False if the window was not exposed or the runs
/// did not all finish in time.
[[nodiscard]] inline bool trainToTheEnd(ui::MainWindow& window,
                                        const ui::ExperimentSettings& settings, int timeoutMs)
{
    window.form()->setSettings(settings);
    window.form()->setSpeed(ui::Speed::Maximum);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return false;
    window.start();
    if (!QTest::qWaitFor([&] { return allRunsIn(window, ui::MainWindow::RunState::Finished); },
                         timeoutMs))
        return false;
    window.flushRedraws();
    return true;
}

/// Replaces a field's text like a user: select all, Backspace, type.
inline void typeInto(QWidget* field, const QString& text)
{
    if (auto* box = qobject_cast<QAbstractSpinBox*>(field))
        box->selectAll();
    else
        qobject_cast<QLineEdit*>(field)->selectAll();
    QTest::keyClick(field, Qt::Key_Backspace);
    QTest::keyClicks(field, text);
}

} // namespace initviz::test
