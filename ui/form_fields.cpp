// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/form_fields.h"

#include "core/experiment.h"
#include "ui/text_tones.h"

#include <QColor>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSpinBox>

#include <cmath>
#include <cstring>
#include <optional>

namespace initviz::ui {

namespace {

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
} // namespace

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

bool fitsRealField(double value)
{
    // As QDoubleSpinBox rounds (QDoubleSpinBoxPrivate::round).
    const double rounded = QString::number(value, 'f', kRealFieldDecimals).toDouble();
    return std::memcmp(&rounded, &value, sizeof value) == 0;
}

QDoubleSpinBox* realField(double low, double high, const QString& tip)
{
    auto* field = new RealField;
    field->setDecimals(kRealFieldDecimals);
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

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    setTextTone(label, TextTone::Error);
    label->hide();
    return label;
}

} // namespace initviz::ui
