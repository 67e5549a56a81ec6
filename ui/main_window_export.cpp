// SPDX-License-Identifier: GPL-3.0-or-later
// Exports (the figure, the costs, a screenshot; interactively or scripted) and the scripted
// mode's end (--screenshot, --quit-when-done).
#include "ui/main_window.h"

#include "ui/comparison_figure.h"
#include "ui/core_text.h"
#include "ui/cost_view.h"
#include "ui/depth_view.h"
#include "ui/launcher.h"
#include "ui/save_dialog.h"
#include "ui/save_file.h"

#include "core/text.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace initviz::ui {

namespace {
const QString kExportDirKey = QStringLiteral("window/exportDirectory");
} // namespace

void MainWindow::finishScript()
{
    // Issue 15: a scripted run whose every run failed (out of memory, say) is not a success.
    QStringList failures;
    for (const Run& run : runs_) {
        if (run.state == RunState::Failed)
            failures << run.failure;
    }
    int exitCode = scriptExitCode(runCount(), failures);
    if (!screenshotPath_.isEmpty()) {
        QString error;
        if (!saveScreenshot(screenshotPath_, &error)) {
            qCritical("initviz: %s", qPrintable(error));
            exitCode = 2;
        }
        screenshotPath_.clear(); // once, for the scripted run
    }
    if (quitWhenDone_)
        emit scriptFinished(exitCode);
}

// ---------------------------------------------------------------------------------------------
// Export

bool MainWindow::saveScreenshot(const QString& path, QString* errorMessage)
{
    if (const QString problem = fileNameProblem(path, {QStringLiteral("png")});
        !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    flushRedraws();
    // An open Depth panel shows its curves in the picture, not the moment before they arrive.
    if (depthDock_->isVisible())
        depth_->finishComputing();
    const QPixmap pixmap = grab();
    return writeFileAtomically(
        path,
        [&pixmap](QIODevice& device, QString* error) {
            if (pixmap.isNull() || !pixmap.save(&device, "PNG")) {
                *error = tr("the window could not be captured as PNG");
                return false;
            }
            return true;
        },
        errorMessage);
}

void MainWindow::currentFigure(std::vector<FigureRun>* runs, FigureOptions* figureOptions) const
{
    std::vector<FigureRun>& figureRuns = *runs;
    for (int i = 0; i < runCount(); ++i) {
        const Run& run = runs_[static_cast<std::size_t>(i)];
        FigureRun figureRun;
        figureRun.scheme = run.scheme;
        figureRun.activation = run.activation;
        figureRun.seed = seedShown(run);
        figureRun.boundary = run.pendingBoundary ? *run.pendingBoundary : run.boundary;
        figureRun.costs = costView_->costs(i);
        figureRun.trainAccuracy = run.trainAccuracy;
        figureRun.testAccuracy = run.testAccuracy;
        figureRun.note = noteText(run);
        figureRun.diverged = run.diverged;
        if (run.state == RunState::Training)
            figureRun.note = tr("iteration %1").arg(formatCount(run.iteration));
        figureRuns.push_back(std::move(figureRun));
    }
    FigureOptions& options = *figureOptions;
    options.iterations = shown_.training.iterations;
    options.subtitle = experimentSummary(shown_.training, data_->train.size(), data_->test.size());
    options.showTestPoints = showTestPoints_->isChecked();
    if (const std::optional<int> columns = seedColumns())
        options.columns = *columns;
}

bool MainWindow::exportFigure(const QString& path, QString* errorMessage) const
{
    if (!data_) {
        if (errorMessage)
            *errorMessage = tr("There is nothing to export yet: press Start first.");
        return false;
    }
    std::vector<FigureRun> figureRuns;
    FigureOptions options;
    currentFigure(&figureRuns, &options);
    return writeComparisonFigure(figureRuns, *data_, options, path, errorMessage);
}

bool MainWindow::exportCosts(const QString& path, QString* errorMessage) const
{
    // Issue 15: the format follows the file name, or the name is refused.
    if (const QString problem = fileNameProblem(path, {QStringLiteral("csv")});
        !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    return writeFileAtomically(
        path,
        [this](QIODevice& device, QString* /*error*/) {
            QTextStream out(&device);
            out << "run,seed,iteration,cost\n";
            for (int i = 0; i < runCount(); ++i) {
                const Run& run = runs_[static_cast<std::size_t>(i)];
                const std::string_view name = schemeInfo(run.scheme).name;
                for (const CostPoint& point : costView_->costs(i)) {
                    out << toQString(name) << ',' << run.seed << ',' << point.iteration << ','
                        << QString::fromStdString(formatPython(point.cost)) << '\n';
                }
            }
            out.flush();
            return out.status() == QTextStream::Ok;
        },
        errorMessage);
}

void MainWindow::exportFigureInteractively()
{
    QSettings store;
    const QString directory
        = store
              .value(kExportDirKey,
                     QStandardPaths::writableLocation(QStandardPaths::PicturesLocation))
              .toString();
    QString selectedFilter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export figure"),
        QDir(directory).filePath(QStringLiteral("initviz-comparison.png")),
        tr("PNG image (*.png);;PDF document (*.pdf)"), &selectedFilter);
    if (path.isEmpty())
        return;
    QString target = path;
    if (QFileInfo(target).suffix().isEmpty())
        target += selectedFilter.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                                : QStringLiteral(".png");
    QString error;
    if (!exportFigure(target, &error)) {
        QMessageBox::critical(this, tr("Export figure"), error);
        return;
    }
    store.setValue(kExportDirKey, QFileInfo(target).absolutePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(target)),
                             kStatusMessageMs);
}

void MainWindow::exportCostsInteractively()
{
    saveCsvInteractively(
        this, statusBar(),
        {tr("Export costs"), kExportDirKey, QStringLiteral("initviz-costs.csv"),
         [this](const QString& path, QString* error) { return exportCosts(path, error); }},
        kStatusMessageMs);
}

} // namespace initviz::ui
