// SPDX-License-Identifier: GPL-3.0-or-later
// Your own points (issue 10): File > Open data... and Save data... (CSV), and points clicked into
// the panels as ConvNetJS does. Every panel shows, and every run trains on, the same train set.
#include "ui/main_window.h"

#include "ui/boundary_panel.h"
#include "ui/core_text.h"
#include "ui/experiment_form.h"
#include "ui/save_dialog.h"
#include "ui/save_file.h"

#include "core/dataset_csv.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

#include <filesystem>
#include <stdexcept>
#include <string>

namespace initviz::ui {

namespace {
const QString kDataDirKey = QStringLiteral("window/dataDirectory");

/// `data` without its point `index`.
Dataset withoutPoint(const Dataset& data, Eigen::Index index)
{
    const Eigen::Index after = data.size() - index - 1;
    Dataset result;
    result.X.resize(2, data.size() - 1);
    result.Y.resize(data.size() - 1);
    result.X.leftCols(index) = data.X.leftCols(index);
    result.X.rightCols(after) = data.X.rightCols(after);
    result.Y.head(index) = data.Y.head(index);
    result.Y.tail(after) = data.Y.tail(after);
    return result;
}

/// No points: 2 x 0, as the trainer and the views take an empty set.
Dataset noPoints()
{
    Dataset none;
    none.X.resize(2, 0);
    none.Y.resize(0);
    return none;
}
} // namespace

bool MainWindow::openData(const QString& path, QString* errorMessage)
{
    if (isRunning()) {
        if (errorMessage)
            *errorMessage = tr("Stop the runs first: the points change only while nothing "
                               "trains");
        return false;
    }
    auto points = std::make_shared<DatasetPair>();
    try {
        points->train = readDataCsv(std::filesystem::path(path.toStdString()));
    } catch (const std::exception& error) {
        // DataFileError: "file: line N: reason"; nothing is applied.
        if (errorMessage)
            *errorMessage = errorText(error);
        return false;
    }
    points->test = noPoints(); // a data file is a train set: no test set
    applyOwnData(std::move(points));
    return true;
}

void MainWindow::openDataFile(const QString& path)
{
    QString error;
    if (!openData(path, &error)) {
        QMessageBox::critical(this, tr("Open data"),
                              tr("Could not open the data, nothing was changed:\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(
        tr("Opened %1: %n points", nullptr, static_cast<int>(data_->train.size()))
            .arg(shownPath(path)),
        kStatusMessageMs);
}

bool MainWindow::saveData(const QString& path, QString* errorMessage) const
{
    if (const QString problem = fileNameProblem(path, {QStringLiteral("csv")});
        !problem.isEmpty()) {
        if (errorMessage)
            *errorMessage = problem;
        return false;
    }
    if (!data_ || data_->train.size() == 0) {
        if (errorMessage)
            *errorMessage = tr("There are no points to save.");
        return false;
    }
    const std::string text = writeDataCsv(data_->train);
    return writeFileAtomically(
        path,
        [&text](QIODevice& device, QString* error) {
            const auto size = static_cast<qint64>(text.size());
            if (device.write(text.data(), size) != size) {
                *error = device.errorString();
                return false;
            }
            return true;
        },
        errorMessage);
}

void MainWindow::openDataInteractively()
{
    QSettings store;
    const QString directory
        = store
              .value(kDataDirKey,
                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
              .toString();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open data"), directory,
                                                      tr("CSV file (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    store.setValue(kDataDirKey, QFileInfo(path).absolutePath());
    openDataFile(path);
}

void MainWindow::saveDataInteractively()
{
    saveCsvInteractively(
        this, statusBar(),
        {tr("Save data"), kDataDirKey, QStringLiteral("initviz-data.csv"),
         [this](const QString& path, QString* error) { return saveData(path, error); }},
        kStatusMessageMs);
}

bool MainWindow::refuseEditWhileRunning()
{
    if (!isRunning())
        return false;
    statusBar()->showMessage(tr("Stop the runs first: the points change only while nothing "
                                "trains"),
                             kStatusMessageMs);
    return true;
}

void MainWindow::editPoints(QPointF position, Qt::KeyboardModifiers modifiers)
{
    if (refuseEditWhileRunning())
        return;
    // The points on display, once any settings typed a moment ago are shown.
    if (previewTimer_.isActive()) {
        previewTimer_.stop();
        refreshPreview();
    }
    const std::shared_ptr<const DatasetPair> current = form_->ownData() ? form_->ownData() : data_;
    if (!current)
        return;
    auto edited = std::make_shared<DatasetPair>(*current);
    Dataset& train = edited->train;
    if (modifiers & Qt::ControlModifier) {
        if (train.size() == 0)
            return;
        Eigen::Index nearest = 0;
        const Eigen::Vector2d at(position.x(), position.y());
        (train.X.colwise() - at).colwise().squaredNorm().minCoeff(&nearest);
        train = withoutPoint(train, nearest);
    } else {
        const Eigen::Index count = train.size();
        train.X.conservativeResize(2, count + 1);
        train.Y.conservativeResize(count + 1);
        train.X(0, count) = position.x();
        train.X(1, count) = position.y();
        train.Y(count) = (modifiers & Qt::ShiftModifier) ? 1.0 : 0.0;
    }
    applyOwnData(std::move(edited));
}

void MainWindow::clearPoints()
{
    if (refuseEditWhileRunning())
        return;
    auto none = std::make_shared<DatasetPair>();
    none->train = noPoints();
    none->test = noPoints();
    applyOwnData(std::move(none));
    statusBar()->showMessage(tr("No points: click a panel to add red points, Shift+click to add "
                                "blue ones"),
                             kStatusMessageMs);
}

void MainWindow::applyOwnData(std::shared_ptr<const DatasetPair> points)
{
    // The form judges the data (onFormChanged drops a finished run's boundaries); the panels
    // show it at once, not after the typing pause.
    form_->setOwnData(points);
    previewTimer_.stop();
    if (form_->isValid() && !started_) {
        refreshPreview();
    } else {
        // Points Start cannot train on yet (none, or one label only): shown all the same.
        data_ = std::move(points);
        for (BoundaryPanel* panel : boundaryPanels()) {
            panel->view().setDataset(*data_);
            panel->plot()->replot(QCustomPlot::rpQueuedReplot);
        }
    }
    updateActions();
    updateStatus();
}

} // namespace initviz::ui
