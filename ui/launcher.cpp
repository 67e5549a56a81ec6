// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/launcher.h"

#include "ui/experiment_settings.h"
#include "ui/language.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QTemporaryDir>

#include <cstdio>

namespace initviz::ui {

namespace {
// As the command line's kExitFailure: not bad input, but nothing was achieved.
constexpr int kEveryRunFailed = 1;
} // namespace

int scriptExitCode(int runCount, const QStringList& failures)
{
    if (runCount == 0 || failures.size() < runCount)
        return 0;
    const QString line
        = QCoreApplication::translate("initviz::ui::Launcher", "initviz: every run failed: %1\n")
              .arg(failures.front().simplified());
    std::fputs(line.toLocal8Bit().constData(), stderr);
    return kEveryRunFailed;
}

int runWindow(const LaunchOptions& options)
{
    // QSettings and the desktop need a name; the CLI sets the application's, not ours.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("InitViz"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("InitViz"));
    QGuiApplication::setDesktopFileName(QStringLiteral("initviz"));
    // Issue 15: a FIFO or a 1 GiB file as the settings file must not hang or crash the start
    // (checked before anything reads it, the remembered language first),
    // and without a home folder nothing is written to /.config.
    const QTemporaryDir isolated;
    if (const QString problem = isolateUnusableSettings(isolated.path()); !problem.isEmpty()) {
        const QString line
            = QCoreApplication::translate("initviz::ui::Launcher",
                                          "initviz: %1; starting from the notebook's settings, and "
                                          "remembering nothing this time\n")
                  .arg(problem);
        std::fputs(line.toLocal8Bit().constData(), stderr);
    }
    installTranslations(rememberedLanguage());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/initviz/initviz.png")));

    MainWindow window(options);
    QObject::connect(&window, &MainWindow::scriptFinished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    window.show();
    return QApplication::exec();
}

} // namespace initviz::ui
