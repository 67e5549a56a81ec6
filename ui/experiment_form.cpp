// SPDX-License-Identifier: GPL-3.0-or-later
// The experiment form: its state (settings in and out, running, presenting) and validation as
// the user types; its groups of fields are built in experiment_form_groups.cpp.
#include "ui/experiment_form.h"

#include "ui/core_text.h"
#include "ui/form_fields.h"

#include "core/text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace initviz::ui {

namespace {
// What a message quotes of a field's text at most.
constexpr qsizetype kQuotedCharacters = 24;
// The tint is light on every palette, so its text is dark on every palette (a dark palette's
// white text would not read on it).
const QString kInvalidFieldStyle = QStringLiteral(
    "QLineEdit { border: 1px solid #c62828; background: #ffebee; color: #202020; }");
// A border would replace a spin box's native frame and arrows; a tint keeps them.
const QString kInvalidNumberStyle
    = QStringLiteral("QAbstractSpinBox { background: #ffebee; color: #202020; }");

/// A limit as a student would write it in `locale`: "2147483647", "0.9999999999" (German
/// "0,9999999999"), "1e-10", "1e300".
QString formatLimit(double value, const QLocale& locale)
{
    constexpr double kLargestPlain = 1e15;
    if (value == std::floor(value) && std::abs(value) < kLargestPlain)
        return locale.toString(static_cast<qlonglong>(value));
    QString text = locale.toString(value, 'g', kShownDigits);
    text.replace(QLatin1String("e+"), QLatin1String("e"), Qt::CaseInsensitive);
    return text;
}

/// "a whole number from 1 to 2147483647", from the field's own range.
QString expectedValue(const QAbstractSpinBox* field)
{
    const QLocale locale = field->locale();
    if (const auto* whole = qobject_cast<const QSpinBox*>(field))
        return QCoreApplication::translate("initviz::ui::ExperimentForm",
                                           "a whole number from %1 to %2")
            .arg(formatLimit(whole->minimum(), locale), formatLimit(whole->maximum(), locale));
    const auto* real = qobject_cast<const QDoubleSpinBox*>(field);
    Q_ASSERT(real);
    return (real->decimals() == 0 ? QCoreApplication::translate("initviz::ui::ExperimentForm",
                                                                "a whole number from %1 to %2")
                                  : QCoreApplication::translate("initviz::ui::ExperimentForm",
                                                                "a number from %1 to %2"))
        .arg(formatLimit(real->minimum(), locale), formatLimit(real->maximum(), locale));
}

void setStyleIfChanged(QWidget* widget, const QString& style)
{
    if (widget->styleSheet() != style)
        widget->setStyleSheet(style);
}
} // namespace

ExperimentForm::ExperimentForm(QWidget* parent)
    : QWidget(parent)
{
    // Numbers as the user's locale writes them (German "0,01"), without group separators; the
    // fields also read the C form "0.01" where that is the only reading (see readNumber).
    QLocale numbers;
    numbers.setNumberOptions(QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator);
    setLocale(numbers);

    //: Button: start training every selected initialization
    start_ = new QPushButton(tr("Start"));
    start_->setObjectName(QStringLiteral("startButton"));
    start_->setToolTip(tr("Train every selected initialization side by side (Space)"));
    start_->setDefault(true);
    QFont startFont = start_->font();
    startFont.setBold(true);
    start_->setFont(startFont);
    //: Button: stop the running training runs
    stop_ = new QPushButton(tr("Stop"));
    stop_->setObjectName(QStringLiteral("stopButton"));
    stop_->setToolTip(tr("Stop every run where it is (Shift+Space)"));
    stop_->setEnabled(false);
    //: Button: hold every run where it is (Resume continues it)
    pause_ = new QPushButton(tr("Pause"));
    pause_->setObjectName(QStringLiteral("pauseButton"));
    pause_->setEnabled(false);
    //: Button: train every paused run one more iteration
    step_ = new QPushButton(tr("Step"));
    step_->setObjectName(QStringLiteral("stepButton"));
    step_->setToolTip(tr("Train every paused run one more iteration (\u2192)"));
    //: Button: train every paused run on to the next cost checkpoint
    checkpoint_ = new QPushButton(tr("Next checkpoint"));
    checkpoint_->setObjectName(QStringLiteral("checkpointButton"));
    checkpoint_->setToolTip(
        tr("Train every paused run on to the next cost checkpoint (Shift+\u2192)"));
    setPaused(false, false);
    for (QPushButton* button : {start_, stop_, pause_})
        button->setMinimumHeight(button->sizeHint().height() + 8);

    speed_ = new QComboBox;
    speed_->setObjectName(QStringLiteral("speed"));
    const auto addSpeed = [this](const QString& text, Speed speed, const QString& tip) {
        speed_->addItem(text, static_cast<int>(speed));
        speed_->setItemData(speed_->count() - 1, tip, Qt::ToolTipRole);
    };
    const auto paceTip = [](Speed speed) {
        const double rate = iterationsPerSecond(speed);
        return tr("%1 iterations per second: the notebook's 15,000 iterations in %2 s")
            .arg(rate)
            .arg(15000.0 / rate);
    };
    //: Training speed choice
    addSpeed(tr("Slow"), Speed::Slow, paceTip(Speed::Slow));
    addSpeed(tr("Classroom pace"), Speed::Classroom, paceTip(Speed::Classroom));
    //: Training speed choice
    addSpeed(tr("Fast"), Speed::Fast, paceTip(Speed::Fast));
    addSpeed(tr("Maximum speed"), Speed::Maximum, tr("Unpaced: as fast as this computer trains"));
    speed_->setToolTip(
        tr("How fast the runs train, so the class can watch; applies to running runs at once"));
    setSpeed(Speed::Classroom);

    message_ = errorLabel(QStringLiteral("validationMessage"));

    restore_ = new QPushButton(tr("Restore notebook settings"));
    restore_->setObjectName(QStringLiteral("restoreButton"));
    restore_->setToolTip(tr("The assignment's experiment: zeros, large random and He; "
                            "layers 2,10,5,1; learning rate 0.01; 15,000 iterations; "
                            "300 + 100 points"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_, 1);
    buttons->addWidget(pause_, 1);
    buttons->addWidget(stop_, 1);
    auto* steps = new QHBoxLayout;
    steps->addWidget(step_, 1);
    steps->addWidget(checkpoint_, 1);
    auto* speedRow = new QFormLayout;
    speedRow->addRow(tr("Speed"), speed_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(steps);
    layout->addLayout(speedRow);
    layout->addWidget(message_);
    layout->addWidget(buildPicker());
    layout->addWidget(buildActivationPicker());
    trainingGroup_ = buildTraining();
    datasetGroup_ = buildDataset();
    layout->addWidget(trainingGroup_);
    layout->addWidget(datasetGroup_);
    layout->addWidget(restore_);
    layout->addStretch(1);

    connect(start_, &QPushButton::clicked, this, &ExperimentForm::startClicked);
    connect(stop_, &QPushButton::clicked, this, &ExperimentForm::stopClicked);
    connect(pause_, &QPushButton::clicked, this, &ExperimentForm::pauseClicked);
    connect(step_, &QPushButton::clicked, this, &ExperimentForm::stepClicked);
    connect(checkpoint_, &QPushButton::clicked, this, &ExperimentForm::checkpointClicked);
    connect(restore_, &QPushButton::clicked, this, &ExperimentForm::restoreNotebookClicked);
    connect(speed_, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });

    for (auto& [scheme, box] : schemeBoxes_)
        connect(box, &QCheckBox::toggled, this, &ExperimentForm::revalidate);
    // In form order, the order of their messages. Their textChanged covers every change of value
    // and of text (see NumberField).
    const std::pair<QAbstractSpinBox*, QString> numberFields[] = {
        {learningRate_, tr("Learning rate")},
        {iterations_, tr("Iterations")},
        //: Field name in a validation message: record the cost every N iterations
        {costEvery_, tr("Cost every")},
        {seed_, tr("Weight seed")},
        {seedCount_, tr("Seed count")},
        {trainSamples_, tr("Train samples")},
        {testSamples_, tr("Test samples")},
        {trainSeed_, tr("Train seed")},
        {testSeed_, tr("Test seed")},
        //: Field name in a validation message: make_circles noise
        {noise_, tr("Noise")},
        //: Field name in a validation message: make_circles factor
        {factor_, tr("Factor")},
        //: Field name in a validation message: make_blobs cluster_std
        {spread_, tr("Spread")},
    };
    for (const auto& [field, name] : numberFields)
        numberChecks_.push_back({field, name, expectedValue(field)});
    for (QDoubleSpinBox* field :
         {learningRate_, seed_, noise_, factor_, spread_, trainSeed_, testSeed_})
        connect(field, &QDoubleSpinBox::textChanged, this, &ExperimentForm::revalidate);
    for (QSpinBox* field : {iterations_, costEvery_, seedCount_, trainSamples_, testSamples_})
        connect(field, &QSpinBox::textChanged, this, &ExperimentForm::revalidate);
    connect(layers_, &QLineEdit::textChanged, this, &ExperimentForm::revalidate);
    connect(stableLoss_, &QCheckBox::toggled, this, &ExperimentForm::revalidate);

    setSettings(ExperimentSettings::notebook());
}

ExperimentSettings ExperimentForm::settings() const
{
    ExperimentSettings settings;
    settings.schemes.clear();
    for (const InitSchemeInfo& info : initSchemes()) {
        if (schemeBoxes_.at(info.scheme)->isChecked())
            settings.schemes.push_back(info.scheme);
    }
    settings.activations = checkedActivations();
    TrainingConfig& training = settings.training;
    training.learningRate = learningRate_->value();
    training.iterations = iterations_->value();
    training.seed = seedOf(seed_);
    settings.seedCount = seedCount_->value();
    try {
        training.layerDims = parseLayers(layers_->text().toStdString());
    } catch (const std::invalid_argument&) {
        training.layerDims.clear(); // invalid: validationError() says why
    }
    training.costEvery = costEvery_->value();
    training.stableLoss = stableLoss_->isChecked();
    DatasetOptions& dataset = settings.data;
    dataset.kind = static_cast<DatasetKind>(kind_->currentData().toInt());
    dataset.spread = spread_->value();
    settings.ownData = ownData_;
    dataset.trainSamples = trainSamples_->value();
    dataset.testSamples = testSamples_->value();
    dataset.noise = noise_->value();
    dataset.factor = factor_->value();
    dataset.trainSeed = seedOf(trainSeed_);
    dataset.testSeed = seedOf(testSeed_);
    return settings;
}

void ExperimentForm::setSettings(const ExperimentSettings& settings)
{
    updating_ = true;
    for (auto& [scheme, box] : schemeBoxes_)
        box->setChecked(std::find(settings.schemes.begin(), settings.schemes.end(), scheme)
                        != settings.schemes.end());
    checkActivations(settings.activations);
    const TrainingConfig& training = settings.training;
    learningRate_->setValue(training.learningRate);
    iterations_->setValue(training.iterations);
    seed_->setValue(training.seed);
    seedCount_->setValue(settings.seedCount);
    layers_->setText(QString::fromStdString(formatLayers(training.layerDims)));
    costEvery_->setValue(training.costEvery);
    stableLoss_->setChecked(training.stableLoss);
    const DatasetOptions& dataset = settings.data;
    kind_->setCurrentIndex(std::max(0, kind_->findData(static_cast<int>(dataset.kind))));
    spread_->setValue(dataset.spread);
    ownData_ = settings.ownData;
    updateDataFields();
    trainSamples_->setValue(dataset.trainSamples);
    testSamples_->setValue(dataset.testSamples);
    noise_->setValue(dataset.noise);
    factor_->setValue(dataset.factor);
    trainSeed_->setValue(dataset.trainSeed);
    testSeed_->setValue(dataset.testSeed);
    updating_ = false;
    revalidate();
}

Speed ExperimentForm::speed() const
{
    return static_cast<Speed>(speed_->currentData().toInt());
}

void ExperimentForm::setSpeed(Speed speed)
{
    speed_->setCurrentIndex(speed_->findData(static_cast<int>(speed)));
}

void ExperimentForm::setRunning(bool running)
{
    running_ = running;
    //: Button: stop the running runs and start again (first text); otherwise Start
    start_->setText(running ? tr("Restart") : tr("Start"));
    start_->setToolTip(running ? tr("Stop these runs and start again from the "
                                    "current settings")
                               : tr("Train every selected initialization side by "
                                    "side (Space)"));
    stop_->setEnabled(running);
    pause_->setEnabled(running);
    if (!running)
        setPaused(false, false);
    // Points are edited between runs, never under a training run's feet.
    clearPoints_->setEnabled(!running);
}

void ExperimentForm::setPaused(bool paused, bool held)
{
    //: Button: continue the paused runs (first text); otherwise Pause
    pause_->setText(paused ? tr("Resume") : tr("Pause"));
    pause_->setToolTip(paused ? tr("Continue every run from where it holds (Space)")
                              : tr("Hold every run where it is, to look and ask (Space)"));
    step_->setEnabled(held);
    checkpoint_->setEnabled(held);
}

void ExperimentForm::setOwnData(std::shared_ptr<const DatasetPair> points)
{
    ownData_ = std::move(points);
    updateDataFields();
    revalidate();
}

void ExperimentForm::setPresenting(bool presenting)
{
    for (QWidget* settings : {trainingGroup_, datasetGroup_, static_cast<QWidget*>(restore_)})
        settings->setVisible(!presenting);
}

QString ExperimentForm::numberError(const NumberCheck& check)
{
    QString text = check.field->text().trimmed();
    if (text.isEmpty())
        return tr("%1 is empty: enter %2").arg(check.name, check.expected);
    const bool whole = qobject_cast<const QSpinBox*>(check.field) != nullptr
        || qobject_cast<const QDoubleSpinBox*>(check.field)->decimals() == 0;
    const bool grouped
        = readNumber(text, check.field->locale(), whole).reading == Reading::GroupSeparator;
    if (text.size() > kQuotedCharacters)
        text = text.left(kQuotedCharacters - 1) + QChar(0x2026);
    if (grouped)
        //: %1 field name, %2 the typed text, %3 the locale's group separator, %4 "a number
        //: from ... to ..."
        return tr("%1: write \u201c%2\u201d without the group separator \u201c%3\u201d (it "
                  "could be read two ways); %1 must be %4")
            .arg(check.name, text, check.field->locale().groupSeparator(), check.expected);
    return tr("%1 must be %2, not \u201c%3\u201d").arg(check.name, check.expected, text);
}

void ExperimentForm::revalidate()
{
    if (updating_)
        return;
    // A number field whose text is not one of its values: its value is not what it shows.
    QStringList numberErrors;
    for (const NumberCheck& check : numberChecks_) {
        // A hidden field (a parameter the kind does not use) holds no say over Start.
        const bool acceptable = !isInUse(check.field) || check.field->hasAcceptableInput();
        setStyleIfChanged(check.field, acceptable ? QString() : kInvalidNumberStyle);
        if (!acceptable)
            numberErrors << numberError(check);
    }
    QString layersError;
    try {
        static_cast<void>(parseLayers(layers_->text().toStdString()));
    } catch (const std::invalid_argument& error) {
        layersError = errorText(error);
    }
    // The core judges the whole experiment only once every field holds what it shows.
    QString experimentError;
    if (numberErrors.isEmpty() && layersError.isEmpty()) {
        try {
            settings().validate();
        } catch (const std::invalid_argument& problem) {
            experimentError = errorText(problem);
        }
    }
    for (QString* message : {&layersError, &experimentError}) {
        if (!message->isEmpty())
            (*message)[0] = message->at(0).toUpper();
    }
    error_ = !numberErrors.isEmpty() ? numberErrors.front()
        : !layersError.isEmpty()     ? layersError
                                     : experimentError;

    layersMessage_->setText(layersError);
    layersMessage_->setVisible(!layersError.isEmpty());
    setStyleIfChanged(layers_, layersError.isEmpty() ? QString() : kInvalidFieldStyle);
    const QString message
        = numberErrors.isEmpty() ? experimentError : numberErrors.join(QLatin1Char('\n'));
    message_->setText(message);
    message_->setVisible(!message.isEmpty());
    start_->setEnabled(error_.isEmpty());
    emit settingsChanged();
}

} // namespace initviz::ui
