// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/experiment_form.h"

#include "ui/plot_style.h"
#include "ui/scheme_text.h"

#include "core/text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>
#include <optional>
#include <stdexcept>
#include <utility>

namespace initviz::ui {

namespace {
// Digits a real-valued field shows: enough for any value typed by hand, no trailing zeros.
constexpr int kShownDigits = 10;
constexpr int kStoredDecimals = 10;
// What a message quotes of a field's text at most.
constexpr qsizetype kQuotedCharacters = 24;
constexpr QRgb kErrorText = 0xb00020;
const QString kInvalidFieldStyle
    = QStringLiteral("QLineEdit { border: 1px solid #c62828; background: #ffebee; }");
// A border would replace a spin box's native frame and arrows; a tint keeps them.
const QString kInvalidNumberStyle = QStringLiteral("QAbstractSpinBox { background: #ffebee; }");

/// How a field's text reads as a number.
enum class Reading {
    Number, ///< `value` holds it
    NotANumber,
    /// A number only with a group separator ("1.000" in German, "15,000" in English): refused,
    /// never read as a decimal point nor dropped, since "1.000" could mean 1 or 1000.
    GroupSeparator,
};

struct ReadNumber {
    Reading reading = Reading::NotANumber;
    double value = 0.0;
};

/// Reads `text` as `locale` writes numbers (German "0,01"), or in the C form ("0.01") where that
/// is the only reading; a group separator is refused. `whole`: integers only.
ReadNumber readNumber(const QString& text, const QLocale& locale, bool whole)
{
    const auto parse = [&text, whole](QLocale reader, QLocale::NumberOptions options) {
        reader.setNumberOptions(options);
        bool ok = false;
        const double value = whole ? static_cast<double>(reader.toLongLong(text, &ok))
                                   : reader.toDouble(text, &ok);
        return ok ? std::optional<double>(value) : std::nullopt;
    };
    const QLocale::NumberOptions strict
        = QLocale::OmitGroupSeparator | QLocale::RejectGroupSeparator;
    if (const std::optional<double> value = parse(locale, strict))
        return {Reading::Number, *value};
    // A number once its group separators are read as such: ambiguous, refused.
    if (parse(locale, QLocale::DefaultNumberOptions))
        return {Reading::GroupSeparator, 0.0};
    if (const std::optional<double> value = parse(QLocale::c(), strict))
        return {Reading::Number, *value};
    return {};
}

/// A number field that keeps whatever is typed: text that is not one of its values stays as typed
/// (Intermediate, never a refused keystroke) so the form can say what is wrong, also on focus-out
/// and Return, where Qt would silently put the last value back (issue 9): it stays until the user
/// fixes it. `textChanged` is emitted whenever the text shown changes — typed, stepped, or set
/// (Qt rewrites the text with its line edit's signals blocked and only signals a change of
/// value). A change found while the window is hidden is reported from the
/// event loop: a window being destroyed hides first, and its half-destroyed parts must not hear
/// from the form.
template <typename Base> class NumberField : public Base {
public:
    NumberField()
    {
        QObject::connect(this, &Base::textChanged, this,
                         [this](const QString& text) { shown_ = text; });
        // Typing: at once.
        QObject::connect(this->lineEdit(), &QLineEdit::textChanged, this,
                         [this] { reportText(true); });
    }

    QValidator::State validate(QString& text, int& /*position*/) const override
    {
        return accepts(text.trimmed()) ? QValidator::Acceptable : QValidator::Intermediate;
    }
    /// Nothing is guessed: text that is not a value stays as typed, whereas Qt's fixup would drop
    /// a "," and read "0,001" as 1.
    void fixup(QString& /*text*/) const override { }
    void stepBy(int steps) override
    {
        Base::stepBy(steps);
        reportText(false);
    }

protected:
    [[nodiscard]] virtual bool accepts(const QString& text) const = 0;

    void focusOutEvent(QFocusEvent* event) override
    {
        if (this->hasAcceptableInput()) {
            Base::focusOutEvent(event);
            return;
        }
        // QAbstractSpinBox::focusOutEvent would rewrite the text from the last value: only the
        // line edit and the widget hear of the focus change.
        QCoreApplication::sendEvent(this->lineEdit(), event);
        QWidget::focusOutEvent(event);
    }

    void keyPressEvent(QKeyEvent* event) override
    {
        // Return, like focus-out, would put the last value back.
        const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
        if (enter && !this->hasAcceptableInput()) {
            event->ignore();
            return;
        }
        Base::keyPressEvent(event);
    }

    bool event(QEvent* event) override
    {
        const bool handled = Base::event(event);
        reportText(false);
        return handled;
    }

    /// The value of a whole number, or nullopt.
    [[nodiscard]] std::optional<qlonglong> wholeNumber(const QString& text) const
    {
        bool ok = false;
        const QString trimmed = text.trimmed();
        const ReadNumber read = readNumber(trimmed, this->locale(), true);
        if (read.reading != Reading::Number)
            return std::nullopt;
        // Exact beyond 2^53: read again as an integer in the form that succeeded.
        qlonglong value = this->locale().toLongLong(trimmed, &ok);
        if (!ok)
            value = QLocale::c().toLongLong(trimmed, &ok);
        return ok ? std::optional<qlonglong>(value) : std::nullopt;
    }
    /// The value of a real number, or nullopt.
    [[nodiscard]] std::optional<double> realNumber(const QString& text) const
    {
        const ReadNumber read = readNumber(text.trimmed(), this->locale(), false);
        return read.reading == Reading::Number ? std::optional<double>(read.value) : std::nullopt;
    }

private:
    void reportText(bool now)
    {
        const QString text = this->lineEdit()->displayText();
        if (text == shown_)
            return;
        if (now || this->window()->isVisible()) {
            emit this->textChanged(text); // also sets shown_
        } else if (!reportPending_) {
            reportPending_ = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    reportPending_ = false;
                    reportText(true);
                },
                Qt::QueuedConnection);
        }
    }

    QString shown_;
    bool reportPending_ = false;
};

/// A real value shown like Python prints it ("0.01", "1e-05") instead of with a fixed number of
/// decimals, so small learning rates and fine noise levels fit.
class RealField final : public NumberField<QDoubleSpinBox> {
public:
    [[nodiscard]] QString textFromValue(double value) const override
    {
        return locale().toString(value, 'g', kShownDigits);
    }
    [[nodiscard]] double valueFromText(const QString& text) const override
    {
        return realNumber(text).value_or(value());
    }

protected:
    [[nodiscard]] bool accepts(const QString& text) const override
    {
        const std::optional<double> number = realNumber(text);
        // NaN fails both comparisons.
        return number && *number >= minimum() && *number <= maximum();
    }
};

/// A whole number within an int.
class WholeField final : public NumberField<QSpinBox> {
public:
    [[nodiscard]] int valueFromText(const QString& text) const override
    {
        const std::optional<qlonglong> number = wholeNumber(text);
        return number && *number >= minimum() && *number <= maximum() ? static_cast<int>(*number)
                                                                      : value();
    }

protected:
    [[nodiscard]] bool accepts(const QString& text) const override
    {
        const std::optional<qlonglong> value = wholeNumber(text);
        return value && *value >= minimum() && *value <= maximum();
    }
};

/// A seed: a whole number over numpy's whole 0..2^32-1, beyond an int; a double holds them
/// exactly.
class SeedField final : public NumberField<QDoubleSpinBox> {
public:
    [[nodiscard]] QString textFromValue(double value) const override
    {
        return locale().toString(static_cast<qlonglong>(std::llround(value)));
    }
    [[nodiscard]] double valueFromText(const QString& text) const override
    {
        return static_cast<double>(wholeNumber(text).value_or(std::llround(value())));
    }

protected:
    [[nodiscard]] bool accepts(const QString& text) const override
    {
        const std::optional<qlonglong> value = wholeNumber(text);
        return value && static_cast<double>(*value) >= minimum()
            && static_cast<double>(*value) <= maximum();
    }
};

QDoubleSpinBox* realField(double low, double high, const QString& tip)
{
    auto* field = new RealField;
    field->setDecimals(kStoredDecimals);
    field->setRange(low, high);
    field->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
    field->setToolTip(tip);
    field->setKeyboardTracking(true);
    return field;
}

QSpinBox* integerField(int low, int high, const QString& tip)
{
    auto* field = new WholeField;
    field->setRange(low, high);
    field->setToolTip(tip);
    field->setAccelerated(true);
    return field;
}

QDoubleSpinBox* seedField(const QString& tip)
{
    auto* field = new SeedField;
    field->setDecimals(0);
    field->setRange(0.0, limits::kMaxSeed);
    field->setToolTip(tip);
    return field;
}

std::uint32_t seedOf(const QDoubleSpinBox* field)
{
    return static_cast<std::uint32_t>(std::llround(field->value()));
}

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
    stop_->setToolTip(tr("Stop every run where it is (Space)"));
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
    buttons->addWidget(stop_, 1);
    auto* speedRow = new QFormLayout;
    speedRow->addRow(tr("Speed"), speed_);

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
    };
    for (const auto& [field, name] : numberFields)
        numberChecks_.push_back({field, name, expectedValue(field)});
    for (QDoubleSpinBox* field : {learningRate_, seed_, noise_, factor_, trainSeed_, testSeed_})
        connect(field, &QDoubleSpinBox::textChanged, this, &ExperimentForm::revalidate);
    for (QSpinBox* field : {iterations_, costEvery_, seedCount_, trainSamples_, testSamples_})
        connect(field, &QSpinBox::textChanged, this, &ExperimentForm::revalidate);
    connect(layers_, &QLineEdit::textChanged, this, &ExperimentForm::revalidate);
    connect(stableLoss_, &QCheckBox::toggled, this, &ExperimentForm::revalidate);

    setSettings(ExperimentSettings::notebook());
}

QWidget* ExperimentForm::buildPicker()
{
    auto* group = new QGroupBox(tr("Initializations"));
    group->setToolTip(tr("Every selected scheme trains on the same data, side by side"));
    auto* layout = new QVBoxLayout(group);
    layout->setSpacing(3);
    int index = 0;
    for (const InitSchemeInfo& info : initSchemes()) {
        if (index == 3) {
            // The notebook's three come first; the others are for going further.
            auto* more = new QLabel(tr("Beyond the notebook"));
            more->setEnabled(false);
            layout->addSpacing(4);
            layout->addWidget(more);
        }
        auto* box = new QCheckBox(schemeTitle(info.scheme));
        box->setObjectName(QStringLiteral("init_%1").arg(toQString(info.name)));
        box->setIcon(colorSwatch(runColor(info.scheme)));
        box->setToolTip(QStringLiteral("<p><b>%1</b></p><p><code>%2</code></p><p>%3</p>")
                            .arg(modelTitle(info.scheme), toQString(info.formula).toHtmlEscaped(),
                                 schemeCommentText(info.scheme).toHtmlEscaped()));
        layout->addWidget(box);
        schemeBoxes_[info.scheme] = box;
        ++index;
    }
    return group;
}

QWidget* ExperimentForm::buildTraining()
{
    //: Group box title: the training (optimisation) settings
    auto* group = new QGroupBox(tr("Training"));
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    learningRate_ = realField(limits::kMinLearningRate, limits::kMaxLearningRate,
                              tr("Gradient-descent step: W = W - learning_rate * dW"));
    learningRate_->setObjectName(QStringLiteral("learningRate"));
    iterations_ = integerField(1, limits::kMaxIterations, tr("Full-batch gradient-descent steps"));
    iterations_->setObjectName(QStringLiteral("iterations"));
    iterations_->setSingleStep(1000);
    costEvery_ = integerField(1, limits::kMaxIterations,
                              tr("Record (and plot) the cost every this many "
                                 "iterations, like the notebook's print"));
    costEvery_->setObjectName(QStringLiteral("costEvery"));
    costEvery_->setSingleStep(100);
    layers_ = new QLineEdit;
    layers_->setObjectName(QStringLiteral("layers"));
    layers_->setToolTip(tr("Layer widths, input first: 2 inputs, hidden widths, 1 "
                           "output (the notebook's is 2,10,5,1)"));
    layers_->setPlaceholderText(QStringLiteral("2,10,5,1"));
    layersMessage_ = errorLabel(QStringLiteral("layersMessage"));
    seed_ = seedField(tr("np.random.seed of the weight initialization (the notebook "
                         "uses 3)"));
    seed_->setObjectName(QStringLiteral("seed"));
    seedCount_ = integerField(1, limits::kMaxRuns,
                              tr("Train every initialization with this many weight "
                                 "seeds (the weight seed, the next one, ...) to see "
                                 "whether its result holds for other random weights; "
                                 "1 is the notebook's experiment"));
    seedCount_->setObjectName(QStringLiteral("seedCount"));
    //: Checkbox: report the numerically stable cross-entropy loss
    stableLoss_ = new QCheckBox(tr("Stable loss"));
    stableLoss_->setObjectName(QStringLiteral("stableLoss"));
    stableLoss_->setToolTip(tr(
        "Report the numerically stable cross-entropy (from the logits) instead of the notebook's "
        "formula, which is infinite when a prediction is exactly wrong. Training is unchanged."));

    form->addRow(tr("Learning rate"), learningRate_);
    form->addRow(tr("Iterations"), iterations_);
    //: Form label: record the cost every N iterations
    form->addRow(tr("Cost every"), costEvery_);
    form->addRow(tr("Layers"), layers_);
    form->addRow(QString(), layersMessage_);
    form->addRow(tr("Weight seed"), seed_);
    form->addRow(tr("Seed count"), seedCount_);
    form->addRow(QString(), stableLoss_);
    return group;
}

QWidget* ExperimentForm::buildDataset()
{
    auto* group = new QGroupBox(tr("Data (make_circles)"));
    auto* grid = new QGridLayout(group);
    trainSamples_
        = integerField(limits::kMinSamples, limits::kMaxSamples, tr("Points in the train set"));
    trainSamples_->setObjectName(QStringLiteral("trainSamples"));
    testSamples_
        = integerField(limits::kMinSamples, limits::kMaxSamples, tr("Points in the test set"));
    testSamples_->setObjectName(QStringLiteral("testSamples"));
    trainSeed_ = seedField(tr("np.random.seed before the train set (notebook: 1)"));
    trainSeed_->setObjectName(QStringLiteral("trainSeed"));
    testSeed_ = seedField(tr("np.random.seed before the test set (notebook: 2)"));
    testSeed_->setObjectName(QStringLiteral("testSeed"));
    noise_ = realField(0.0, limits::kMaxNoise,
                       tr("Standard deviation of the Gaussian noise added to each "
                          "point"));
    noise_->setObjectName(QStringLiteral("noise"));
    factor_ = realField(0.0, limits::kMaxFactor,
                        tr("Radius of the inner (blue) circle relative to the outer "
                           "one, in [0, 1)"));
    factor_->setObjectName(QStringLiteral("factor"));

    //: Column header: the training data set (make_circles train split)
    auto* trainHeader = new QLabel(tr("Train"));
    //: Column header: the test data set (make_circles test split)
    auto* testHeader = new QLabel(tr("Test"));
    grid->addWidget(trainHeader, 0, 1, Qt::AlignHCenter);
    grid->addWidget(testHeader, 0, 2, Qt::AlignHCenter);
    //: Row label: number of data points in the set
    grid->addWidget(new QLabel(tr("Samples")), 1, 0);
    grid->addWidget(trainSamples_, 1, 1);
    grid->addWidget(testSamples_, 1, 2);
    //: Row label: random seed (np.random.seed) used to generate the set
    grid->addWidget(new QLabel(tr("Seed")), 2, 0);
    grid->addWidget(trainSeed_, 2, 1);
    grid->addWidget(testSeed_, 2, 2);
    //: Row label: standard deviation of the noise added to make_circles points
    grid->addWidget(new QLabel(tr("Noise")), 3, 0);
    grid->addWidget(noise_, 3, 1);
    //: Row label: make_circles factor, inner circle radius relative to outer
    grid->addWidget(new QLabel(tr("Factor")), 4, 0);
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
    settings.seedCount = seedCount_->value();
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
    seedCount_->setValue(settings.seedCount);
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
    //: Button: stop the running runs and start again (first text); otherwise Start
    start_->setText(running ? tr("Restart") : tr("Start"));
    start_->setToolTip(running ? tr("Stop these runs and start again from the "
                                    "current settings")
                               : tr("Train every selected initialization side by "
                                    "side (Space)"));
    stop_->setEnabled(running);
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
        const bool acceptable = check.field->hasAcceptableInput();
        setStyleIfChanged(check.field, acceptable ? QString() : kInvalidNumberStyle);
        if (!acceptable)
            numberErrors << numberError(check);
    }
    QString layersError;
    try {
        static_cast<void>(parseLayers(layers_->text().toStdString()));
    } catch (const std::invalid_argument& error) {
        layersError = QString::fromStdString(error.what());
    }
    // The core judges the whole experiment only once every field holds what it shows.
    QString experimentError;
    if (numberErrors.isEmpty() && layersError.isEmpty()) {
        try {
            settings().validate();
        } catch (const std::invalid_argument& problem) {
            experimentError = QString::fromStdString(problem.what());
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
