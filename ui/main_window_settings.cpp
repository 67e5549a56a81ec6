// SPDX-License-Identifier: GPL-3.0-or-later
// What the window remembers: the command line's settings for this start, the remembered
// ones, and the notebook's.
#include "ui/main_window.h"

#include "ui/experiment_form.h"
#include "ui/launcher.h"
#include "ui/save_file.h"

#include <QSettings>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace initviz::ui {

namespace {
const QString kGeometryKey = QStringLiteral("window/geometry");
const QString kStateKey = QStringLiteral("window/state");
} // namespace

void MainWindow::applyLaunchOptions(const LaunchOptions& options)
{
    loadRememberedSettings();
    rememberedAtStart_ = currentSettings();
    if (options.overrideSettings) {
        ExperimentSettings settings;
        settings.schemes = options.inits;
        settings.activations = options.activations;
        settings.training = options.training;
        settings.seedCount = options.seedCount;
        settings.data = options.data;
        form_->setSettings(settings);
    }
    screenshotPath_ = options.screenshotPath;
    quitWhenDone_ = options.quitWhenDone;
    scripted_ = options.quitWhenDone;
    if (options.experiment)
        form_->setSettings(*options.experiment);
    if (options.maxSpeed)
        form_->setSpeed(Speed::Maximum);
    if (options.showLayers) {
        layersDock_->show();
        layersDock_->raise();
    }
    if (options.showDepth) {
        depthDock_->show();
        depthDock_->raise();
    }
    if (options.overrideSettings || options.maxSpeed || options.experiment)
        launched_ = currentSettings();
    // Issue 12: the title names the file opened (or none), and no change is unsaved yet.
    markSaved(options.experiment ? options.experimentPath : QString());
    if (options.experiment)
        rememberRecent(options.experimentPath);
}

void MainWindow::loadRememberedSettings()
{
    QSettings store;
    // restoreGeometry/restoreState reject malformed data themselves; the values are only used
    // when they are byte arrays.
    const QVariant geometry = store.value(kGeometryKey);
    if (geometry.typeId() == QMetaType::QByteArray)
        geometryRemembered_ = restoreGeometry(geometry.toByteArray());
    // Full screen belongs to presenter mode, which never carries over to the next start (an
    // older version remembered it).
    if (windowState() & Qt::WindowFullScreen)
        setWindowState(windowState() & ~Qt::WindowFullScreen);
    const QVariant state = store.value(kStateKey);
    if (state.typeId() == QMetaType::QByteArray)
        restoreState(state.toByteArray());
    const RememberedSettings remembered = loadSettings(store);
    form_->setSettings(remembered.experiment);
    form_->setSpeed(remembered.speed);
    showTestPoints_->setChecked(remembered.showTestPoints);
    logScale_->setChecked(remembered.logScale);
    colourBlindAction_->setChecked(remembered.colourBlindSafeClasses);
}

RememberedSettings MainWindow::currentSettings() const
{
    RememberedSettings current;
    current.experiment = form_->isValid() ? form_->settings() : shown_;
    current.speed = form_->speed();
    current.showTestPoints = showTestPoints_->isChecked();
    current.logScale = logScale_->isChecked();
    current.colourBlindSafeClasses = colourBlindAction_->isChecked();
    return current;
}

void MainWindow::saveRememberedSettings(bool withGeometry)
{
    QSettings store;
    if (withGeometry) {
        // In presenter mode: what leaving it would return to.
        store.setValue(kGeometryKey, presenter_->geometryToRemember());
        store.setValue(kStateKey, presenter_->stateToRemember());
    }
    saveSettings(store, settingsToRemember(currentSettings(), rememberedAtStart_, launched_));
}

// ---------------------------------------------------------------------------------------------
// Settings, presenter mode, closing

void MainWindow::restoreNotebookSettings()
{
    form_->setSettings(ExperimentSettings::notebook());
    // Shown at once, not after the typing pause.
    if (!started_) {
        previewTimer_.stop();
        refreshPreview();
    }
}

} // namespace initviz::ui
