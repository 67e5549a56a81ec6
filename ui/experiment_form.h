// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/experiment_settings.h"

#include <QWidget>

#include <map>
#include <memory>
#include <vector>

class QAbstractSpinBox;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace initviz::ui {

/// The left-hand panel: Start / Stop, the speed, the initialization picker and every training and
/// data setting. Validates as the user types — number fields whose text is not a value in their
/// range are marked and named in the message under Start, the layers field is parsed by the core
/// with its message shown under it, and the core validates the whole experiment — and keeps Start
/// disabled while any of them would reject what is entered. A number field with unacceptable text
/// goes back to its last value on focus-out (Qt's way), and its message goes with it.
class ExperimentForm : public QWidget {
    Q_OBJECT
public:
    explicit ExperimentForm(QWidget* parent = nullptr);

    [[nodiscard]] ExperimentSettings settings() const;
    void setSettings(const ExperimentSettings& settings);
    [[nodiscard]] Speed speed() const;
    void setSpeed(Speed speed);

    /// What is wrong with the current input (the first problem), or empty when Start may run it.
    /// When it is empty, settings() holds exactly what every field shows; while a number field
    /// shows text that is no value, settings() still has that field's last value, so read it only
    /// from a valid form.
    [[nodiscard]] QString validationError() const { return error_; }
    [[nodiscard]] bool isValid() const { return error_.isEmpty(); }

    /// Shows Start as "Restart" and enables Stop while an experiment runs.
    void setRunning(bool running);
    /// Issue 12: Pause reads "Resume" while `paused`; the step buttons work once every run holds
    /// (`held`).
    void setPaused(bool paused, bool held);
    /// Presenting: only Start / Stop, the speed and the picker; the settings are for before.
    void setPresenting(bool presenting);

    /// Your own points instead of the generated data (nullptr: back to the generated data). The
    /// Data box then says "Your own data (N points)" in place of the generator's fields.
    void setOwnData(std::shared_ptr<const DatasetPair> points);
    [[nodiscard]] const std::shared_ptr<const DatasetPair>& ownData() const { return ownData_; }

    [[nodiscard]] QPushButton* startButton() const { return start_; }
    [[nodiscard]] QPushButton* stopButton() const { return stop_; }
    [[nodiscard]] QPushButton* pauseButton() const { return pause_; }
    [[nodiscard]] QPushButton* stepButton() const { return step_; }
    [[nodiscard]] QPushButton* checkpointButton() const { return checkpoint_; }

signals:
    void startClicked();
    void stopClicked();
    /// Pause, or Resume while paused.
    void pauseClicked();
    /// One iteration on, while paused.
    void stepClicked();
    /// On to the next cost checkpoint, while paused.
    void checkpointClicked();
    void restoreNotebookClicked();
    /// The Data box's Clear points button.
    void clearPointsClicked();
    /// Any setting changed (emitted after validation).
    void settingsChanged();
    void speedChanged(initviz::ui::Speed speed);

private:
    /// A number field, named as the form labels it, and the values it takes.
    struct NumberCheck {
        QAbstractSpinBox* field = nullptr;
        QString name; ///< "Learning rate"
        QString expected; ///< "a number from 1e-10 to 1e300"
    };

    /// "Iterations must be a whole number from 1 to 2147483647, not “1.5”".
    [[nodiscard]] static QString numberError(const NumberCheck& check);
    void revalidate();
    [[nodiscard]] QWidget* buildPicker();
    [[nodiscard]] QWidget* buildActivationPicker(); // experiment_form_activations.cpp
    [[nodiscard]] std::vector<Activation> checkedActivations() const;
    void checkActivations(const std::vector<Activation>& checked);
    [[nodiscard]] QWidget* buildTraining();
    [[nodiscard]] QWidget* buildDataset();
    /// The kind's defaults (noise, factor, spread) into their fields.
    void applyKindDefaults();
    /// Shows the fields the data uses: the kind's parameters, or the own data's line.
    void updateDataFields();
    /// Whether a number field is shown for the current data (a hidden one is not judged).
    [[nodiscard]] bool isInUse(const QAbstractSpinBox* field) const;

    std::map<InitScheme, QCheckBox*> schemeBoxes_;
    std::map<Activation, QCheckBox*> activationBoxes_;
    QDoubleSpinBox* learningRate_ = nullptr;
    QSpinBox* iterations_ = nullptr;
    QDoubleSpinBox* seed_ = nullptr;
    QSpinBox* seedCount_ = nullptr;
    QLineEdit* layers_ = nullptr;
    QLabel* layersMessage_ = nullptr;
    QSpinBox* costEvery_ = nullptr;
    QCheckBox* stableLoss_ = nullptr;
    QSpinBox* trainSamples_ = nullptr;
    QSpinBox* testSamples_ = nullptr;
    QDoubleSpinBox* noise_ = nullptr;
    QDoubleSpinBox* factor_ = nullptr;
    QDoubleSpinBox* spread_ = nullptr;
    QComboBox* kind_ = nullptr;
    std::map<const QWidget*, QLabel*> parameterLabels_; ///< noise, factor, spread: their rows
    QWidget* generatorFields_ = nullptr;
    QWidget* ownDataRow_ = nullptr;
    QLabel* ownDataText_ = nullptr;
    QPushButton* generatedButton_ = nullptr;
    QPushButton* clearPoints_ = nullptr;
    std::shared_ptr<const DatasetPair> ownData_;
    QDoubleSpinBox* trainSeed_ = nullptr;
    QDoubleSpinBox* testSeed_ = nullptr;
    QComboBox* speed_ = nullptr;
    QPushButton* start_ = nullptr;
    QPushButton* stop_ = nullptr;
    QPushButton* pause_ = nullptr;
    QPushButton* step_ = nullptr;
    QPushButton* checkpoint_ = nullptr;
    QPushButton* restore_ = nullptr;
    QLabel* message_ = nullptr;
    QWidget* trainingGroup_ = nullptr;
    QWidget* datasetGroup_ = nullptr;
    std::vector<NumberCheck> numberChecks_;
    QString error_;
    bool running_ = false;
    bool updating_ = false; // setSettings in progress: one settingsChanged at the end
};

} // namespace initviz::ui
