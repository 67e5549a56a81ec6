// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/experiment_settings.h"

#include <QWidget>

#include <map>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace initviz::ui {

/// The left-hand panel: Start / Stop, the speed, the initialization picker and every training and
/// data setting. Validates as the user types — spin boxes with ranges, the layers field parsed by
/// the core with its message shown inline, and the core's validation of the whole experiment —
/// and keeps Start disabled while the core would reject what is entered.
class ExperimentForm : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentForm(QWidget* parent = nullptr);

    [[nodiscard]] ExperimentSettings settings() const;
    void setSettings(const ExperimentSettings& settings);
    [[nodiscard]] Speed speed() const;
    void setSpeed(Speed speed);

    /// The core's message about the current input, or empty when Start may run it.
    [[nodiscard]] QString validationError() const { return error_; }
    [[nodiscard]] bool isValid() const { return error_.isEmpty(); }

    /// Shows Start as "Restart" and enables Stop while an experiment runs.
    void setRunning(bool running);
    /// Presenting: only Start / Stop, the speed and the picker; the settings are for before.
    void setPresenting(bool presenting);

    [[nodiscard]] QPushButton* startButton() const { return start_; }
    [[nodiscard]] QPushButton* stopButton() const { return stop_; }

signals:
    void startClicked();
    void stopClicked();
    void restoreNotebookClicked();
    /// Any setting changed (emitted after validation).
    void settingsChanged();
    void speedChanged(initviz::ui::Speed speed);

private:
    void revalidate();
    [[nodiscard]] QWidget* buildPicker();
    [[nodiscard]] QWidget* buildTraining();
    [[nodiscard]] QWidget* buildDataset();

    std::map<InitScheme, QCheckBox*> schemeBoxes_;
    QDoubleSpinBox* learningRate_ = nullptr;
    QSpinBox* iterations_ = nullptr;
    QDoubleSpinBox* seed_ = nullptr;
    QLineEdit* layers_ = nullptr;
    QLabel* layersMessage_ = nullptr;
    QSpinBox* costEvery_ = nullptr;
    QCheckBox* stableLoss_ = nullptr;
    QSpinBox* trainSamples_ = nullptr;
    QSpinBox* testSamples_ = nullptr;
    QDoubleSpinBox* noise_ = nullptr;
    QDoubleSpinBox* factor_ = nullptr;
    QDoubleSpinBox* trainSeed_ = nullptr;
    QDoubleSpinBox* testSeed_ = nullptr;
    QComboBox* speed_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* restore_ = nullptr;
    QLabel* message_ = nullptr;
    QWidget* trainingGroup_ = nullptr;
    QWidget* datasetGroup_ = nullptr;
    QString error_;
    bool running_ = false;
    bool updating_ = false; // setSettings in progress: one settingsChanged at the end
};

} // namespace initviz::ui
