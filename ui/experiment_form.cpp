// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/experiment_form.h"

#include "ui/plot_style.h"

#include "core/text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <stdexcept>

namespace initviz::ui {

namespace {
// Digits a real-valued field shows: enough for any value typed by hand, no trailing zeros.
constexpr int kShownDigits = 10;
constexpr int kStoredDecimals = 10;
constexpr QRgb kErrorText = 0xb00020;
const QString kInvalidFieldStyle = QStringLiteral("QLineEdit { border: 1px solid #c62828; }");

/// A spin box for real values that shows them like Python prints them ("0.01", "1e-05") instead
/// of a fixed number of decimals, so small learning rates and fine noise levels fit.
class CompactDoubleSpinBox : public QDoubleSpinBox {
public:
    using QDoubleSpinBox::QDoubleSpinBox;

    [[nodiscard]] QString textFromValue(double value) const override
    {
        return locale().toString(value, 'g', kShownDigits);
    }
    [[nodiscard]] double valueFromText(const QString& text) const override
    {
        return locale().toDouble(text.trimmed());
    }
    QValidator::State validate(QString& text, int& /*position*/) const override
    {
        const QString trimmed = text.trimmed();
        bool ok = false;
        const double value = locale().toDouble(trimmed, &ok);
        if (ok)
            return value >= minimum() && value <= maximum() ? QValidator::Acceptable
                                                            : QValidator::Intermediate;
        // A number still being typed: "", "0.", "1e", "1e-".
        static const QRegularExpression partial(
            QStringLiteral(R"(^[+-]?(\d*[.,]?\d*)([eE][+-]?\d*)?$)"));
        return partial.match(trimmed).hasMatch() ? QValidator::Intermediate : QValidator::Invalid;
    }
};

QDoubleSpinBox* realField(double low, double high, const QString& tip)
{
    auto* field = new CompactDoubleSpinBox;
    field->setDecimals(kStoredDecimals);
    field->setRange(low, high);
    field->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    field->setToolTip(tip);
    field->setKeyboardTracking(true);
    return field;
}

QSpinBox* integerField(int low, int high, const QString& tip)
{
    auto* field = new QSpinBox;
    field->setRange(low, high);
    field->setToolTip(tip);
    field->setAccelerated(true);
    return field;
}

/// Seeds span numpy's whole 0..2^32-1, beyond an int: a double holds them exactly.
QDoubleSpinBox* seedField(const QString& tip)
{
    auto* field = new QDoubleSpinBox;
    field->setDecimals(0);
    field->setRange(0.0, limits::kMaxSeed);
    field->setToolTip(tip);
    return field;
}

std::uint32_t seedOf(const QDoubleSpinBox* field)
{
    return static_cast<std::uint32_t>(std::llround(field->value()));
}

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(kErrorText));
    label->setPalette(palette);
    label->hide();
    return label;
}
} // namespace

ExperimentForm::ExperimentForm(QWidget* parent)
    : QWidget(parent)
{
    // Numbers as the notebook and the command line write them: a dot, no group separators.
    setLocale(QLocale::c());

    start_ = new QPushButton(QStringLiteral("Start"));
    start_->setObjectName(QStringLiteral("startButton"));
    start_->setToolTip(QStringLiteral("Train every selected initialization side by side (Space)"));
    start_->setDefault(true);
    QFont startFont = start_->font();
    startFont.setBold(true);
    start_->setFont(startFont);
    stop_ = new QPushButton(QStringLiteral("Stop"));
    stop_->setObjectName(QStringLiteral("stopButton"));
    stop_->setToolTip(QStringLiteral("Stop every run where it is (Space)"));
    stop_->setEnabled(false);
    for (QPushButton* button : {start_, stop_})
        button->setMinimumHeight(button->sizeHint().height() + 8);

    speed_ = new QComboBox;
    speed_->setObjectName(QStringLiteral("speed"));
    const auto addSpeed = [this](const QString& text, Speed speed, const QString& tip) {
        speed_->addItem(text, static_cast<int>(speed));
        speed_->setItemData(speed_->count() - 1, tip, Qt::ToolTipRole);
    };
    const auto paceTip = [](Speed speed) {
        const double rate = iterationsPerSecond(speed);
        return QStringLiteral("%1 iterations per second: the notebook's 15,000 iterations in %2 s")
            .arg(rate)
            .arg(15000.0 / rate);
    };
    addSpeed(QStringLiteral("Slow"), Speed::Slow, paceTip(Speed::Slow));
    addSpeed(QStringLiteral("Classroom pace"), Speed::Classroom, paceTip(Speed::Classroom));
    addSpeed(QStringLiteral("Fast"), Speed::Fast, paceTip(Speed::Fast));
    addSpeed(QStringLiteral("Maximum speed"), Speed::Maximum,
             QStringLiteral("Unpaced: as fast as this computer trains"));
    speed_->setToolTip(QStringLiteral(
        "How fast the runs train, so the class can watch; applies to running runs at once"));
    setSpeed(Speed::Classroom);

    message_ = errorLabel(QStringLiteral("validationMessage"));

    restore_ = new QPushButton(QStringLiteral("Restore notebook settings"));
    restore_->setObjectName(QStringLiteral("restoreButton"));
    restore_->setToolTip(QStringLiteral("The assignment's experiment: zeros, large random and He; "
                                        "layers 2,10,5,1; learning rate 0.01; 15,000 iterations; "
                                        "300 + 100 points"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(start_, 1);
    buttons->addWidget(stop_, 1);
    auto* speedRow = new QFormLayout;
    speedRow->addRow(QStringLiteral("Speed"), speed_);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addLayout(speedRow);
    layout->addWidget(message_);
    layout->addWidget(buildPicker());
    trainingGroup_ = buildTraining();
    datasetGroup_ = buildDataset();
    layout->addWidget(trainingGroup_);
    layout->addWidget(datasetGroup_);
    layout->addWidget(restore_);
    layout->addStretch(1);

    connect(start_, &QPushButton::clicked, this, &ExperimentForm::startClicked);
    connect(stop_, &QPushButton::clicked, this, &ExperimentForm::stopClicked);
    connect(restore_, &QPushButton::clicked, this, &ExperimentForm::restoreNotebookClicked);
    connect(speed_, &QComboBox::currentIndexChanged, this, [this] { emit speedChanged(speed()); });

    for (auto& [scheme, box] : schemeBoxes_)
        connect(box, &QCheckBox::toggled, this, &ExperimentForm::revalidate);
    for (QDoubleSpinBox* field : {learningRate_, seed_, noise_, factor_, trainSeed_, testSeed_})
        connect(field, &QDoubleSpinBox::valueChanged, this, &ExperimentForm::revalidate);
    for (QSpinBox* field : {iterations_, costEvery_, trainSamples_, testSamples_})
        connect(field, &QSpinBox::valueChanged, this, &ExperimentForm::revalidate);
    connect(layers_, &QLineEdit::textChanged, this, &ExperimentForm::revalidate);
    connect(stableLoss_, &QCheckBox::toggled, this, &ExperimentForm::revalidate);

    setSettings(ExperimentSettings::notebook());
}

QWidget* ExperimentForm::buildPicker()
{
    auto* group = new QGroupBox(QStringLiteral("Initializations"));
    group->setToolTip(
        QStringLiteral("Every selected scheme trains on the same data, side by side"));
    auto* layout = new QVBoxLayout(group);
    layout->setSpacing(3);
    int index = 0;
    for (const InitSchemeInfo& info : initSchemes()) {
        if (index == 3) {
            // The notebook's three come first; the others are for going further.
            auto* more = new QLabel(QStringLiteral("Beyond the notebook"));
            more->setEnabled(false);
            layout->addSpacing(4);
            layout->addWidget(more);
        }
        auto* box = new QCheckBox(schemeTitle(info.scheme));
        box->setObjectName(QStringLiteral("init_%1").arg(toQString(info.name)));
        box->setIcon(colorSwatch(runColor(info.scheme)));
        box->setToolTip(QStringLiteral("<p><b>%1</b></p><p><code>%2</code></p><p>%3</p>")
                            .arg(modelTitle(info.scheme), toQString(info.formula).toHtmlEscaped(),
                                 toQString(info.comment).toHtmlEscaped()));
        layout->addWidget(box);
        schemeBoxes_[info.scheme] = box;
        ++index;
    }
    return group;
}

QWidget* ExperimentForm::buildTraining()
{
    auto* group = new QGroupBox(QStringLiteral("Training"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    learningRate_ = realField(limits::kMinLearningRate, limits::kMaxLearningRate,
                              QStringLiteral("Gradient-descent step: W = W - learning_rate * dW"));
    learningRate_->setObjectName(QStringLiteral("learningRate"));
    iterations_ = integerField(1, limits::kMaxIterations,
                               QStringLiteral("Full-batch gradient-descent steps"));
    iterations_->setObjectName(QStringLiteral("iterations"));
    iterations_->setSingleStep(1000);
    costEvery_ = integerField(1, limits::kMaxIterations,
                              QStringLiteral("Record (and plot) the cost every this many "
                                             "iterations, like the notebook's print"));
    costEvery_->setObjectName(QStringLiteral("costEvery"));
    costEvery_->setSingleStep(100);
    layers_ = new QLineEdit;
    layers_->setObjectName(QStringLiteral("layers"));
    layers_->setToolTip(QStringLiteral("Layer widths, input first: 2 inputs, hidden widths, 1 "
                                       "output (the notebook's is 2,10,5,1)"));
    layers_->setPlaceholderText(QStringLiteral("2,10,5,1"));
    layersMessage_ = errorLabel(QStringLiteral("layersMessage"));
    seed_ = seedField(QStringLiteral("np.random.seed of the weight initialization (the notebook "
                                     "uses 3)"));
    seed_->setObjectName(QStringLiteral("seed"));
    stableLoss_ = new QCheckBox(QStringLiteral("Stable loss"));
    stableLoss_->setObjectName(QStringLiteral("stableLoss"));
    stableLoss_->setToolTip(QStringLiteral(
        "Report the numerically stable cross-entropy (from the logits) instead of the notebook's "
        "formula, which is infinite when a prediction is exactly wrong. Training is unchanged."));

    form->addRow(QStringLiteral("Learning rate"), learningRate_);
    form->addRow(QStringLiteral("Iterations"), iterations_);
    form->addRow(QStringLiteral("Cost every"), costEvery_);
    form->addRow(QStringLiteral("Layers"), layers_);
    form->addRow(QString(), layersMessage_);
    form->addRow(QStringLiteral("Weight seed"), seed_);
    form->addRow(QString(), stableLoss_);
    return group;
}

QWidget* ExperimentForm::buildDataset()
{
    auto* group = new QGroupBox(QStringLiteral("Data (make_circles)"));
    auto* grid = new QGridLayout(group);
    trainSamples_ = integerField(limits::kMinSamples, limits::kMaxSamples,
                                 QStringLiteral("Points in the train set"));
    trainSamples_->setObjectName(QStringLiteral("trainSamples"));
    testSamples_ = integerField(limits::kMinSamples, limits::kMaxSamples,
                                QStringLiteral("Points in the test set"));
    testSamples_->setObjectName(QStringLiteral("testSamples"));
    trainSeed_ = seedField(QStringLiteral("np.random.seed before the train set (notebook: 1)"));
    trainSeed_->setObjectName(QStringLiteral("trainSeed"));
    testSeed_ = seedField(QStringLiteral("np.random.seed before the test set (notebook: 2)"));
    testSeed_->setObjectName(QStringLiteral("testSeed"));
    noise_ = realField(0.0, limits::kMaxNoise,
                       QStringLiteral("Standard deviation of the Gaussian noise added to each "
                                      "point"));
    noise_->setObjectName(QStringLiteral("noise"));
    factor_ = realField(0.0, limits::kMaxFactor,
                        QStringLiteral("Radius of the inner (blue) circle relative to the outer "
                                       "one, in [0, 1)"));
    factor_->setObjectName(QStringLiteral("factor"));

    auto* trainHeader = new QLabel(QStringLiteral("Train"));
    auto* testHeader = new QLabel(QStringLiteral("Test"));
    grid->addWidget(trainHeader, 0, 1, Qt::AlignHCenter);
    grid->addWidget(testHeader, 0, 2, Qt::AlignHCenter);
    grid->addWidget(new QLabel(QStringLiteral("Samples")), 1, 0);
    grid->addWidget(trainSamples_, 1, 1);
    grid->addWidget(testSamples_, 1, 2);
    grid->addWidget(new QLabel(QStringLiteral("Seed")), 2, 0);
    grid->addWidget(trainSeed_, 2, 1);
    grid->addWidget(testSeed_, 2, 2);
    grid->addWidget(new QLabel(QStringLiteral("Noise")), 3, 0);
    grid->addWidget(noise_, 3, 1);
    grid->addWidget(new QLabel(QStringLiteral("Factor")), 4, 0);
    grid->addWidget(factor_, 4, 1);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    return group;
}

ExperimentSettings ExperimentForm::settings() const
{
    ExperimentSettings settings;
    settings.schemes.clear();
    for (const InitSchemeInfo& info : initSchemes()) {
        if (schemeBoxes_.at(info.scheme)->isChecked())
            settings.schemes.push_back(info.scheme);
    }
    TrainingConfig& training = settings.training;
    training.learningRate = learningRate_->value();
    training.iterations = iterations_->value();
    training.seed = seedOf(seed_);
    try {
        training.layerDims = parseLayers(layers_->text().toStdString());
    } catch (const std::invalid_argument&) {
        training.layerDims.clear(); // invalid: validationError() says why
    }
    training.costEvery = costEvery_->value();
    training.stableLoss = stableLoss_->isChecked();
    DatasetOptions& dataset = settings.data;
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
    const TrainingConfig& training = settings.training;
    learningRate_->setValue(training.learningRate);
    iterations_->setValue(training.iterations);
    seed_->setValue(training.seed);
    layers_->setText(QString::fromStdString(formatLayers(training.layerDims)));
    costEvery_->setValue(training.costEvery);
    stableLoss_->setChecked(training.stableLoss);
    const DatasetOptions& dataset = settings.data;
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
    start_->setText(running ? QStringLiteral("Restart") : QStringLiteral("Start"));
    start_->setToolTip(running ? QStringLiteral("Stop these runs and start again from the "
                                                "current settings")
                               : QStringLiteral("Train every selected initialization side by "
                                                "side (Space)"));
    stop_->setEnabled(running);
}

void ExperimentForm::setPresenting(bool presenting)
{
    for (QWidget* settings : {trainingGroup_, datasetGroup_, static_cast<QWidget*>(restore_)})
        settings->setVisible(!presenting);
}

void ExperimentForm::revalidate()
{
    if (updating_)
        return;
    QString layersError;
    try {
        static_cast<void>(parseLayers(layers_->text().toStdString()));
    } catch (const std::invalid_argument& error) {
        layersError = QString::fromStdString(error.what());
    }
    QString error = layersError;
    if (error.isEmpty()) {
        try {
            settings().validate();
        } catch (const std::invalid_argument& problem) {
            error = QString::fromStdString(problem.what());
        }
    }
    if (!error.isEmpty())
        error[0] = error[0].toUpper();
    error_ = error;

    layersMessage_->setText(layersError.isEmpty() ? QString() : error);
    layersMessage_->setVisible(!layersError.isEmpty());
    layers_->setStyleSheet(layersError.isEmpty() ? QString() : kInvalidFieldStyle);
    message_->setText(layersError.isEmpty() ? error : QString());
    message_->setVisible(layersError.isEmpty() && !error.isEmpty());
    start_->setEnabled(error.isEmpty());
    emit settingsChanged();
}

} // namespace initviz::ui
