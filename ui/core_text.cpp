// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/core_text.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>
#include <string>
#include <vector>

namespace initviz::ui {

namespace {
constexpr double kPercent = 100.0;

/// The window's numbers (as ExperimentForm's fields write them): the user's locale, without
/// group separators, so a seed or a count reads as it is typed.
QLocale numberLocale()
{
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return locale;
}

QString realText(const MessageArg& arg, const QLocale& locale)
{
    const double value = arg.realValue();
    if (!std::isfinite(value)) // "inf", "nan": as the core writes them
        return QString::fromStdString(arg.english());
    switch (arg.realForm()) {
    case MessageArg::RealForm::Python:
        return locale.toString(value, 'g', QLocale::FloatingPointShortest);
    case MessageArg::RealForm::Significant:
        return locale.toString(value, 'g', arg.precision());
    case MessageArg::RealForm::Percent:
        return locale.toString(value * kPercent, 'f', arg.precision()) + locale.percent();
    }
    return QString::fromStdString(arg.english());
}

QString argumentText(const MessageArg& arg, const QLocale& locale)
{
    switch (arg.kind()) {
    case MessageArg::Kind::Text:
        return QString::fromStdString(arg.textValue());
    case MessageArg::Kind::Integer:
        return locale.toString(arg.integerValue());
    case MessageArg::Kind::Real:
        return realText(arg, locale);
    case MessageArg::Kind::Nested:
        return translated(arg.nestedMessage());
    }
    return QString::fromStdString(arg.english());
}
} // namespace

QString toQString(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

QString translated(const Message& message)
{
    const QLocale locale = numberLocale();
    std::vector<std::string> arguments;
    arguments.reserve(message.args.size());
    for (const MessageArg& arg : message.args)
        arguments.push_back(argumentText(arg, locale).toStdString());
    // The core's own one-pass substitution, on UTF-8: an argument's "%2" is never replaced.
    const QString pattern = QCoreApplication::translate(kMessageContext, message.text);
    return QString::fromStdString(substitutePlaceholders(pattern.toStdString(), arguments));
}

QString errorText(const std::exception& error)
{
    if (const auto* userError = dynamic_cast<const UserError*>(&error))
        return translated(userError->message());
    return QString::fromStdString(error.what());
}

} // namespace initviz::ui
