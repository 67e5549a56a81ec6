// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/json_fields.h"

#include "core/dataset_csv.h"
#include "core/text.h"

#include <QChar>

namespace initviz::ui::json {

QString number(double value)
{
    constexpr double kWholeShown = 1e15;
    if (std::floor(value) == value && std::abs(value) < kWholeShown)
        return QString::number(static_cast<qint64>(value));
    return QString::fromStdString(formatPython(value));
}

QString quoted(const QString& text)
{
    constexpr qsizetype kQuotedCharacters = 40;
    QString line = text.simplified();
    if (line.size() > kQuotedCharacters)
        line = line.left(kQuotedCharacters - 1) + QChar(0x2026);
    return line;
}

[[noreturn]] void refuse(const QString& message)
{
    throw Refused{message};
}

Dataset pointsOf(const Fields& fields, const QString& key)
{
    const QJsonArray list = fields.array(key);
    if (list.size() > kMaxDataRows)
        //: %1 field, %2 how many points it has, %3 the most allowed
        refuse(QCoreApplication::translate("initviz::ui::ExperimentFile",
                                           "\u201c%1\u201d has %2 points; at most %3 are allowed")
                   .arg(fields.name(key))
                   .arg(list.size())
                   .arg(kMaxDataRows));
    Dataset points;
    points.X.resize(2, list.size());
    points.Y.resize(list.size());
    for (qsizetype k = 0; k < list.size(); ++k) {
        const QJsonArray point = list.at(k).toArray();
        if (!list.at(k).isArray() || point.size() != 3 || !point.at(0).isDouble()
            || !point.at(1).isDouble() || !point.at(2).isDouble())
            //: %1 field, %2 the point's number (from 1)
            refuse(QCoreApplication::translate(
                       "initviz::ui::ExperimentFile",
                       "\u201c%1\u201d: point %2 must be [x1, x2, label], three numbers")
                       .arg(fields.name(key))
                       .arg(k + 1));
        const double label = point.at(2).toDouble();
        if (label != 0.0 && label != 1.0)
            //: %1 field, %2 the point's number (from 1), %3 its label
            refuse(QCoreApplication::translate(
                       "initviz::ui::ExperimentFile",
                       "\u201c%1\u201d: point %2 has the label %3; the labels are 0 and 1")
                       .arg(fields.name(key))
                       .arg(k + 1)
                       .arg(number(label)));
        points.X(0, k) = point.at(0).toDouble();
        points.X(1, k) = point.at(1).toDouble();
        points.Y(k) = label;
    }
    return points;
}

} // namespace initviz::ui::json
