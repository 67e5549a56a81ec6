// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/launcher.h"

#include "ui/language.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>

namespace initviz::ui {

int runWindow(const LaunchOptions& options)
{
    // QSettings and the desktop need a name; the CLI sets the application's, not ours.
    if (QCoreApplication::organizationName().isEmpty())
        QCoreApplication::setOrganizationName(QStringLiteral("InitViz"));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("InitViz"));
    QGuiApplication::setDesktopFileName(QStringLiteral("initviz"));
    installTranslations(rememberedLanguage());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/initviz/initviz.png")));

    MainWindow window(options);
    QObject::connect(&window, &MainWindow::scriptFinished, qApp, &QCoreApplication::exit,
                     Qt::QueuedConnection);
    window.show();
    return QApplication::exec();
}

} // namespace initviz::ui
