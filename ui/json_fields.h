// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Issue 12: a strict reader of JSON objects for the experiment file (ui/experiment_file.h): every
// field read by name and type, unknown fields refused, each refusal a translated message naming
// the field ("training.learningRate"). QtCore only.

#include "ui/form_fields.h"

#include "core/datasets.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <cmath>
#include <utility>

namespace initviz::ui::json {

/// A refused file: the message says why.
struct Refused {
    QString message;
};

/// Throws Refused with `message`.
[[noreturn]] void refuse(const QString& message);

/// A number as a message shows it: a whole one without a fraction ("2", not "2.0"), any other as
/// Python prints it ("0.01", "1e+300").
[[nodiscard]] QString number(double value);

/// Text from the file quoted in a message: on one line, and at most 40 characters long (a 60 MB
/// key must not become a 60 MB message).
[[nodiscard]] QString quoted(const QString& text);

/// One JSON object of the file, read field by field; `path` names it in messages ("training.").
class Fields {
public:
    Fields(const QJsonObject& object, QString path, const QStringList& known)
        : object_(object)
        , path_(std::move(path))
    {
        for (auto it = object_.begin(); it != object_.end(); ++it) {
            if (!known.contains(it.key()))
                //: %1: a field of the file, like "training.speed"
                refuse(
                    QCoreApplication::translate("initviz::ui::ExperimentFile",
                                                "the field \u201c%1\u201d is not one InitViz knows")
                        .arg(name(quoted(it.key()))));
        }
    }

    [[nodiscard]] QString name(const QString& key) const { return path_ + key; }

    [[nodiscard]] QJsonValue value(const QString& key) const
    {
        const QJsonValue found = object_.value(key);
        if (found.isUndefined())
            refuse(QCoreApplication::translate("initviz::ui::ExperimentFile",
                                               "the field \u201c%1\u201d is missing")
                       .arg(name(key)));
        return found;
    }

    [[nodiscard]] bool has(const QString& key) const { return object_.contains(key); }

    /// The field `key`, refused with `mustBe` (a QT_TRANSLATE_NOOP text of the context
    /// initviz::ui::ExperimentFile, %1 the field) unless it is of `type`.
    [[nodiscard]] QJsonValue ofType(const QString& key, QJsonValue::Type type,
                                    const char* mustBe) const
    {
        const QJsonValue found = value(key);
        if (found.type() != type)
            refuse(
                QCoreApplication::translate("initviz::ui::ExperimentFile", mustBe).arg(name(key)));
        return found;
    }

    [[nodiscard]] double real(const QString& key, double low, double high) const
    {
        const double result = ofType(key, QJsonValue::Double, kMustBeANumber).toDouble();
        if (!(result >= low && result <= high))
            //: %1 field, %2 and %3 the range, %4 the value found
            refuse(
                QCoreApplication::translate("initviz::ui::ExperimentFile",
                                            "\u201c%1\u201d must be a number from %2 to %3, not %4")
                    .arg(name(key), number(low), number(high), number(result)));
        // The form's fields keep kRealFieldDecimals decimals; more would change on the way in.
        if (!fitsRealField(result))
            //: %1 field, %2 the value, %3 how many decimals the window keeps
            refuse(QCoreApplication::translate(
                       "initviz::ui::ExperimentFile",
                       "\u201c%1\u201d is %2, with more than %3 decimals: the window keeps %3")
                       .arg(name(key), number(result))
                       .arg(kRealFieldDecimals));
        return result;
    }

    [[nodiscard]] long long whole(const QString& key, double low, double high) const
    {
        const double result = ofType(key, QJsonValue::Double, kMustBeANumber).toDouble();
        if (!(result >= low && result <= high) || std::floor(result) != result)
            //: %1 field, %2 and %3 the range, %4 the value found
            refuse(QCoreApplication::translate(
                       "initviz::ui::ExperimentFile",
                       "\u201c%1\u201d must be a whole number from %2 to %3, not %4")
                       .arg(name(key))
                       .arg(static_cast<qint64>(low))
                       .arg(static_cast<qint64>(high))
                       .arg(number(result)));
        return static_cast<long long>(result);
    }

    [[nodiscard]] bool boolean(const QString& key) const
    {
        return ofType(key, QJsonValue::Bool,
                      QT_TRANSLATE_NOOP("initviz::ui::ExperimentFile",
                                        "\u201c%1\u201d must be true or false"))
            .toBool();
    }

    [[nodiscard]] QString string(const QString& key) const
    {
        return ofType(
                   key, QJsonValue::String,
                   QT_TRANSLATE_NOOP("initviz::ui::ExperimentFile", "\u201c%1\u201d must be text"))
            .toString();
    }

    [[nodiscard]] QJsonArray array(const QString& key) const
    {
        return ofType(key, QJsonValue::Array,
                      QT_TRANSLATE_NOOP("initviz::ui::ExperimentFile",
                                        "\u201c%1\u201d must be a list"))
            .toArray();
    }

    [[nodiscard]] Fields object(const QString& key, const QStringList& known) const
    {
        const QJsonObject found
            = ofType(key, QJsonValue::Object,
                     QT_TRANSLATE_NOOP("initviz::ui::ExperimentFile",
                                       "\u201c%1\u201d must be an object ({...})"))
                  .toObject();
        return Fields(found, name(key) + QLatin1Char('.'), known);
    }

private:
    static constexpr const char* kMustBeANumber
        = QT_TRANSLATE_NOOP("initviz::ui::ExperimentFile", "\u201c%1\u201d must be a number");

    QJsonObject object_;
    QString path_;
};

/// Points as [[x1, x2, label], ...] under `key`: labels 0 and 1, at most kMaxDataRows.
[[nodiscard]] Dataset pointsOf(const Fields& fields, const QString& key);

} // namespace initviz::ui::json
