// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 12: experiment files in the window. File > New, Open..., Save, Save As..., Open Recent,
// a dropped .initviz file, the title's file name and unsaved-changes mark, and the question
// before unsaved changes are set aside.
#include "ui/main_window.h"

#include "ui/experiment_file.h"
#include "ui/experiment_form.h"
#include "ui/save_file.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QKeySequence>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QUrl>

namespace initviz::ui {

namespace {
const QString kRecentKey = QStringLiteral("files/recentExperiments");
const QString kExperimentDirKey = QStringLiteral("window/experimentDirectory");
constexpr int kMaxRecent = 8;

/// The one local .initviz file dropped, or empty.
QString droppedExperiment(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().front();
    if (!url.isLocalFile()
        || QFileInfo(url.toLocalFile()).suffix().toLower() != QLatin1String(kExperimentSuffix))
        return {};
    return url.toLocalFile();
}

QString experimentFilter()
{
    return QCoreApplication::translate("initviz::ui::MainWindow", "InitViz experiment (*.initviz)");
}
} // namespace

void MainWindow::addExperimentFileActions(QMenu* file)
{
    QAction* create = file->addAction(tr("&New experiment"), this, &MainWindow::newExperiment);
    create->setObjectName(QStringLiteral("newExperimentAction"));
    create->setShortcut(QKeySequence::New);
    create->setStatusTip(tr("Start again from the notebook's settings"));
    QAction* open = file->addAction(tr("&Open experiment\u2026"), this,
                                    &MainWindow::openExperimentInteractively);
    open->setObjectName(QStringLiteral("openExperimentAction"));
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open an experiment file (.initviz): its settings and data"));
    recentMenu_ = file->addMenu(tr("Open &recent"));
    recentMenu_->setObjectName(QStringLiteral("recentMenu"));
    connect(recentMenu_, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    QAction* save = file->addAction(tr("&Save experiment"), this, [this] {
        static_cast<void>(saveExperimentInteractively(false));
    });
    save->setObjectName(QStringLiteral("saveExperimentAction"));
    save->setShortcut(QKeySequence::Save);
    save->setStatusTip(tr("Save the settings and the data in the experiment file"));
    QAction* saveAs = file->addAction(tr("Save experiment &as\u2026"), this, [this] {
        static_cast<void>(saveExperimentInteractively(true));
    });
    saveAs->setObjectName(QStringLiteral("saveExperimentAsAction"));
    saveAs->setShortcut(QKeySequence::SaveAs);
    saveAs->setStatusTip(tr("Save the settings and the data in a new experiment file"));
    file->addSeparator();
    setAcceptDrops(true);
    connect(form_, &ExperimentForm::settingsChanged, this, &MainWindow::updateModified);
    recentMenu_->setEnabled(!recentExperiments().isEmpty());
}

QStringList MainWindow::recentExperiments() const
{
    // Remembered text, judged like every remembered value: strings only, at most kMaxRecent.
    QStringList recent;
    const QVariant value = QSettings().value(kRecentKey);
    if (value.typeId() != QMetaType::QStringList && value.typeId() != QMetaType::QString)
        return recent;
    for (const QString& path : value.toStringList()) {
        if (!path.isEmpty() && !recent.contains(path) && recent.size() < kMaxRecent)
            recent << path;
    }
    return recent;
}

void MainWindow::setRecentExperiments(const QStringList& paths)
{
    if (!scripted_)
        QSettings().setValue(kRecentKey, paths.mid(0, kMaxRecent));
    recentMenu_->setEnabled(!paths.isEmpty());
}

void MainWindow::rememberRecent(const QString& path)
{
    QStringList recent = recentExperiments();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    setRecentExperiments(recent);
}

void MainWindow::fillRecentMenu()
{
    recentMenu_->clear();
    const QStringList recent = recentExperiments();
    for (qsizetype k = 0; k < recent.size(); ++k) {
        const QString path = recent.at(k);
        //: Recent file entry: %1 its number (1-8), %2 the file name
        QAction* entry
            = recentMenu_->addAction(tr("&%1 %2").arg(k + 1).arg(QFileInfo(path).fileName()), this,
                                     [this, path] { openRecentExperiment(path); });
        entry->setStatusTip(QDir::toNativeSeparators(path));
    }
    recentMenu_->addSeparator();
    QAction* clear
        = recentMenu_->addAction(tr("&Clear list"), this, [this] { setRecentExperiments({}); });
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!recent.isEmpty());
}

void MainWindow::openRecentExperiment(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        QStringList recent = recentExperiments();
        recent.removeAll(path);
        setRecentExperiments(recent);
        statusBar()->showMessage(tr("%1 is no longer there; it is taken off the recent experiments")
                                     .arg(shownPath(path)),
                                 kStatusMessageMs);
        return;
    }
    openExperimentFile(path);
}

bool MainWindow::openExperiment(const QString& path, QString* errorMessage)
{
    if (isRunning()) {
        if (errorMessage)
            *errorMessage = tr("Stop the runs first: an experiment opens only while nothing "
                               "trains");
        return false;
    }
    const std::optional<ExperimentSettings> experiment = readExperimentFile(path, errorMessage);
    if (!experiment)
        return false; // nothing applied
    form_->setSettings(*experiment);
    // Shown at once, not after the typing pause.
    if (!started_) {
        previewTimer_.stop();
        refreshPreview();
    }
    markSaved(path);
    rememberRecent(path);
    return true;
}

void MainWindow::openExperimentFile(const QString& path)
{
    if (!maySetAside(false))
        return;
    QString error;
    if (!openExperiment(path, &error)) {
        QMessageBox::critical(
            this, tr("Open experiment"),
            tr("Could not open the experiment; nothing was changed:\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Opened %1").arg(shownPath(path)), kStatusMessageMs);
}

bool MainWindow::saveExperiment(const QString& path, QString* errorMessage)
{
    if (!form_->isValid()) {
        if (errorMessage)
            //: %1 what is wrong in the form
            *errorMessage = tr("The settings cannot be saved until they are fixed: %1")
                                .arg(form_->validationError());
        return false;
    }
    if (!writeExperimentFile(path, form_->settings(), errorMessage))
        return false;
    markSaved(path);
    rememberRecent(path);
    return true;
}

bool MainWindow::saveExperimentInteractively(bool chooseName)
{
    QString path = experimentPath_;
    if (chooseName || path.isEmpty()) {
        QSettings store;
        const QString directory
            = store
                  .value(kExperimentDirKey,
                         QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                  .toString();
        const QString suggested = experimentPath_.isEmpty()
            ? QDir(directory).filePath(QStringLiteral("experiment.initviz"))
            : experimentPath_;
        path = QFileDialog::getSaveFileName(this, tr("Save experiment"), suggested,
                                            experimentFilter());
        if (path.isEmpty())
            return false;
        if (QFileInfo(path).suffix().isEmpty())
            path += QLatin1Char('.') + QLatin1String(kExperimentSuffix);
        store.setValue(kExperimentDirKey, QFileInfo(path).absolutePath());
    }
    QString error;
    if (!saveExperiment(path, &error)) {
        QMessageBox::critical(this, tr("Save experiment"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(shownPath(path)), kStatusMessageMs);
    return true;
}

void MainWindow::openExperimentInteractively()
{
    if (!maySetAside(false))
        return;
    QSettings store;
    const QString directory
        = store
              .value(kExperimentDirKey,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open experiment"), directory,
                                                      experimentFilter() + QStringLiteral(";;")
                                                          + tr("All files (*)"));
    if (path.isEmpty())
        return;
    store.setValue(kExperimentDirKey, QFileInfo(path).absolutePath());
    // The question has been answered: opening goes on whatever the form holds.
    QString error;
    if (!openExperiment(path, &error)) {
        QMessageBox::critical(
            this, tr("Open experiment"),
            tr("Could not open the experiment; nothing was changed:\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(tr("Opened %1").arg(shownPath(path)), kStatusMessageMs);
}

void MainWindow::newExperiment()
{
    if (isRunning()) {
        statusBar()->showMessage(tr("Stop the runs first: a new experiment starts only while "
                                    "nothing trains"),
                                 kStatusMessageMs);
        return;
    }
    if (!maySetAside(false))
        return;
    form_->setSettings(ExperimentSettings::notebook());
    if (!started_) {
        previewTimer_.stop();
        refreshPreview();
    }
    markSaved(QString());
}

void MainWindow::setUnsavedChangesQuestion(std::function<UnsavedChanges()> question)
{
    unsavedQuestion_ = std::move(question);
}

MainWindow::UnsavedChanges MainWindow::askAboutUnsavedChanges()
{
    if (unsavedQuestion_)
        return unsavedQuestion_();
    // Nobody is there to answer a scripted window or a test's.
    if (scripted_ || !screenshotPath_.isEmpty() || QStandardPaths::isTestModeEnabled())
        return UnsavedChanges::Discard;
    const QString name
        = experimentPath_.isEmpty() ? tr("The experiment") : QFileInfo(experimentPath_).fileName();
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"),
                    //: %1 a file name, or "The experiment"
                    tr("%1 has changes that are not saved.").arg(name),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Save them first?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChanges::Save;
    case QMessageBox::Discard:
        return UnsavedChanges::Discard;
    default:
        return UnsavedChanges::Cancel;
    }
}

bool MainWindow::maySetAside(bool closing)
{
    if (!isWindowModified())
        return true;
    // Closing keeps the settings of an experiment without a file (they are remembered for the
    // next start); only your own points would be lost.
    if (closing && experimentPath_.isEmpty() && !form_->ownData())
        return true;
    switch (askAboutUnsavedChanges()) {
    case UnsavedChanges::Save:
        return saveExperimentInteractively(false);
    case UnsavedChanges::Discard:
        return true;
    case UnsavedChanges::Cancel:
        return false;
    }
    return false;
}

void MainWindow::markSaved(const QString& path)
{
    experimentPath_ = path.isEmpty() ? QString() : QFileInfo(path).absoluteFilePath();
    savedExperiment_ = form_->isValid() ? form_->settings() : ExperimentSettings::notebook();
    setWindowFilePath(experimentPath_);
    if (experimentPath_.isEmpty())
        setWindowTitle(tr("Weight initialization, live[*]"));
    else
        //: Window title: %1 the experiment file's name; [*] is where the unsaved mark goes
        setWindowTitle(tr("%1[*] \u2014 Weight initialization, live")
                           .arg(QFileInfo(experimentPath_).fileName()));
    updateModified();
}

void MainWindow::updateModified()
{
    setWindowModified(!form_->isValid() || !(form_->settings() == savedExperiment_));
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (!droppedExperiment(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    const QString path = droppedExperiment(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    // After the drop has finished: the question and the message boxes are modal.
    QTimer::singleShot(0, this, [this, path] { openExperimentFile(path); });
}

} // namespace initviz::ui
