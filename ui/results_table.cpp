// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/results_table.h"

#include "ui/core_text.h"
#include "ui/plot_style.h"
#include "ui/scheme_text.h"
#include "ui/text_tones.h"

#include "core/text.h"

#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>
#include <cmath>
#include <limits>

namespace initviz::ui {

namespace {
const QChar kEnDash(0x2013);

/// "62.7–89.3%" (one percent sign), "99.3%" when every seed agrees, an em dash when nothing is
/// known yet.
QString percentRange(const std::vector<double>& values)
{
    std::vector<double> known;
    std::copy_if(values.begin(), values.end(), std::back_inserter(known),
                 [](double value) { return !std::isnan(value); });
    if (known.empty())
        return formatPercent(std::numeric_limits<double>::quiet_NaN());
    const auto [low, high] = std::minmax_element(known.begin(), known.end());
    QString lowText = formatPercent(*low);
    const QString highText = formatPercent(*high);
    if (lowText == highText)
        return highText;
    if (lowText.endsWith(QLatin1Char('%')))
        lowText.chop(1);
    return lowText + kEnDash + highText;
}
} // namespace

RunResult::RunResult()
    : trainAccuracy(std::numeric_limits<double>::quiet_NaN())
    , testAccuracy(std::numeric_limits<double>::quiet_NaN())
{
}

ResultsTable::ResultsTable(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("resultsTable"));
    // Two-line headers keep the number columns as narrow as their numbers, leaving the width to
    // the names and comments.
    setHorizontalHeaderLabels({//: Results table column: the trained model (initialization)
                               tr("Model"), tr("Train\naccuracy"), tr("Test\naccuracy"),
                               //: Results table column header, on two lines like the others
                               tr("Final\ncost"), tr("Problem/\nComment")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    verticalHeader()->hide();
    setAlternatingRowColors(true);
    // Names and comments wrap onto a second line rather than being cut off; rows grow to fit.
    setWordWrap(true);
    setTextElideMode(Qt::ElideRight);
    verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ModelColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CommentColumn, QHeaderView::Stretch);
    header->setHighlightSections(false);
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0000")));
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    // The window decides its height (every row); it never sets the window's minimum size.
    setMinimumHeight(header->sizeHint().height() + 2 * frameWidth());
}

QString ResultsTable::diagnosisText(const QString& code)
{
    //: Problem/Comment of a run whose hidden layer's units stayed identical (zeros)
    if (code == QLatin1String("symmetry"))
        return tr("fails to break symmetry");
    if (code == QLatin1String("diverged"))
        return tr("diverged");
    //: Problem/Comment: the sigmoid output saturated at the start (the notebook's large random)
    if (code == QLatin1String("saturated-output"))
        return tr("too large weights");
    if (code == QLatin1String("vanishing"))
        return tr("signal vanishes through depth");
    if (code == QLatin1String("exploding"))
        return tr("signal explodes through depth");
    if (code == QLatin1String("dead-relu"))
        return tr("most ReLUs are dead");
    if (code == QLatin1String("stalled"))
        return tr("learning stalled");
    if (code == QLatin1String("overfitting"))
        return tr("overfitting");
    //: Problem/Comment of a run that trains well: the notebook's words for its He run
    if (code == QLatin1String("trains-well"))
        return tr("recommended method");
    return code;
}

void ResultsTable::setResults(const std::vector<RunResult>& runs, int layerCount, int seedCount)
{
    const bool summary = seedCount > 1;
    std::vector<std::vector<int>> rows;
    for (int i = 0; i < static_cast<int>(runs.size()); ++i) {
        const RunResult& run = runs[static_cast<std::size_t>(i)];
        auto same = rows.end();
        if (summary) {
            same = std::find_if(rows.begin(), rows.end(), [&](const std::vector<int>& row) {
                const RunResult& first = runs[static_cast<std::size_t>(row.front())];
                return first.scheme == run.scheme && first.activation == run.activation;
            });
        }
        if (same == rows.end())
            rows.push_back({i});
        else
            same->push_back(i);
    }
    const bool activations = std::any_of(runs.begin(), runs.end(), [](const RunResult& run) {
        return run.activation != Activation::Relu;
    });
    const int oldHeight = idealHeight();
    if (rows != rowRuns_) {
        rowRuns_ = rows;
        clearContents();
        setRowCount(static_cast<int>(rows.size()));
        for (int row = 0; row < rowCount(); ++row) {
            for (int column = 0; column < ColumnCount; ++column) {
                auto* item = new QTableWidgetItem;
                if (column != ModelColumn && column != CommentColumn)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                setItem(row, column, item);
            }
        }
    }
    for (int row = 0; row < rowCount(); ++row) {
        std::vector<const RunResult*> rowRuns;
        for (const int index : rowRuns_[static_cast<std::size_t>(row)])
            rowRuns.push_back(&runs[static_cast<std::size_t>(index)]);
        fillRow(row, rowRuns, layerCount, summary, activations);
    }
    if (idealHeight() != oldHeight)
        emit idealHeightChanged();
}

void ResultsTable::fillRow(int row, const std::vector<const RunResult*>& runs, int layerCount,
                           bool summary, bool activations)
{
    const RunResult& first = *runs.front();
    const bool live
        = std::any_of(runs.begin(), runs.end(), [](const RunResult* run) { return run->live; });
    const bool diverged
        = std::any_of(runs.begin(), runs.end(), [](const RunResult* run) { return run->diverged; });
    const QColor textColor = live ? toneColor(TextTone::Secondary, palette(), QPalette::Base)
                                  : palette().color(QPalette::Text);
    const auto set = [&](int column, const QString& text, const QString& tip = {}) {
        QTableWidgetItem* cell = item(row, column);
        if (!cell)
            return;
        if (cell->text() != text)
            cell->setText(text);
        cell->setForeground(textColor);
        cell->setToolTip(tip.isEmpty() ? text : tip);
    };
    // Each seed's value, for a summary row's tooltip: "seed 1: 99.3%".
    const auto perSeed = [&](const auto& valueText) {
        QStringList lines;
        for (const RunResult* run : runs)
            lines << tr("seed %1: %2").arg(run->seed).arg(valueText(*run));
        return lines.join(QLatin1Char('\n'));
    };
    const auto costText = [](const RunResult& run) {
        return run.finalCost ? formatCost(run.finalCost->cost) : QStringLiteral("\u2014");
    };

    QString name = tableModelName(first.scheme, layerCount, first.activation);
    const QString formula = toQString(schemeInfo(first.scheme).formula);
    QStringList seeds;
    for (const RunResult* run : runs)
        seeds << QString::number(run->seed);
    if (summary)
        name = tr("%1, %2 seeds").arg(name).arg(runs.size());
    QTableWidgetItem* model = item(row, ModelColumn);
    if (model && model->icon().isNull())
        model->setIcon(colorSwatch(runColor(first.scheme)));
    set(ModelColumn, name,
        summary ? tr("%1\nseeds %2").arg(formula, seeds.join(QStringLiteral(", "))) : formula);
    if (summary) {
        std::vector<double> train;
        std::vector<double> test;
        for (const RunResult* run : runs) {
            train.push_back(run->trainAccuracy);
            test.push_back(run->testAccuracy);
        }
        set(TrainAccuracyColumn, percentRange(train),
            perSeed([](const RunResult& run) { return formatPercent(run.trainAccuracy); }));
        set(TestAccuracyColumn, percentRange(test),
            perSeed([](const RunResult& run) { return formatPercent(run.testAccuracy); }));
        std::vector<double> costs;
        for (const RunResult* run : runs) {
            if (run->finalCost && !std::isnan(run->finalCost->cost))
                costs.push_back(run->finalCost->cost);
        }
        QString costsText = QStringLiteral("\u2014");
        if (!costs.empty()) {
            const auto [low, high] = std::minmax_element(costs.begin(), costs.end());
            costsText
                = *low == *high ? formatCost(*low) : formatCost(*low) + kEnDash + formatCost(*high);
        }
        if (costs.size() < runs.size()
            && std::any_of(runs.begin(), runs.end(), [](const RunResult* run) {
                   return run->finalCost && std::isnan(run->finalCost->cost);
               }))
            costsText += tr(", NaN");
        set(FinalCostColumn, costsText, perSeed(costText));
    } else {
        set(TrainAccuracyColumn, formatPercent(first.trainAccuracy));
        set(TestAccuracyColumn, formatPercent(first.testAccuracy));
        if (first.finalCost)
            set(FinalCostColumn, formatCost(first.finalCost->cost),
                tr("Cost after iteration %1: %2")
                    .arg(formatCount(first.finalCost->iteration),
                         QString::fromStdString(formatPython(first.finalCost->cost))));
        else
            set(FinalCostColumn, QStringLiteral("\u2014"), tr("No cost recorded yet"));
    }

    QString comment
        = activations ? schemeCommentAndUse(first.scheme) : schemeCommentText(first.scheme);
    // Issue 11: once every run of the row has finished with the same measured verdict, the
    // verdict replaces the scheme's fixed text; its evidence is in the tooltip.
    QString evidence;
    const bool sameVerdict = !first.diagnosisCode.isEmpty()
        && std::all_of(runs.begin(), runs.end(), [&first](const RunResult* run) {
               return run->diagnosisCode == first.diagnosisCode;
           });
    if (sameVerdict) {
        comment = diagnosisText(first.diagnosisCode);
        QStringList lines;
        for (const RunResult* run : runs) {
            lines << (summary ? tr("seed %1: %2").arg(run->seed).arg(run->diagnosisEvidence)
                              : run->diagnosisEvidence);
        }
        evidence = lines.join(QLatin1Char('\n'));
    }
    QStringList notes;
    for (const RunResult* run : runs) {
        if (!run->note.isEmpty())
            notes << (summary ? tr("seed %1 %2").arg(run->seed).arg(run->note) : run->note);
    }
    if (!notes.isEmpty())
        comment += QStringLiteral(" (%1)").arg(notes.join(QStringLiteral("; ")));
    for (const RunResult* run : runs) {
        if (!run->failure.isEmpty()) {
            comment = summary ? tr("seed %1: %2").arg(run->seed).arg(run->failure) : run->failure;
            break;
        }
    }
    set(CommentColumn, comment,
        evidence.isEmpty() ? comment : comment + QLatin1Char('\n') + evidence);
    if (diverged) {
        if (QTableWidgetItem* cost = item(row, FinalCostColumn))
            cost->setForeground(toneColor(TextTone::Error, palette(), QPalette::Base));
    }
}

int ResultsTable::firstRunOfRow(int row) const
{
    return row >= 0 && row < static_cast<int>(rowRuns_.size())
        ? rowRuns_[static_cast<std::size_t>(row)].front()
        : -1;
}

int ResultsTable::rowOfRun(int run) const
{
    for (std::size_t row = 0; row < rowRuns_.size(); ++row) {
        if (std::find(rowRuns_[row].begin(), rowRuns_[row].end(), run) != rowRuns_[row].end())
            return static_cast<int>(row);
    }
    return -1;
}

int ResultsTable::idealHeight() const
{
    int height = horizontalHeader()->sizeHint().height() + 2 * frameWidth();
    for (int row = 0; row < rowCount(); ++row)
        height += rowHeight(row);
    if (horizontalScrollBar()->isVisible())
        height += horizontalScrollBar()->height();
    return height;
}

int ResultsTable::idealWidth() const
{
    int width = 2 * frameWidth() + verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < columnCount(); ++column)
        width += std::max(horizontalHeader()->sectionSizeHint(column), sizeHintForColumn(column));
    return width;
}

void ResultsTable::resizeEvent(QResizeEvent* event)
{
    const int oldHeight = idealHeight();
    QTableWidget::resizeEvent(event);
    // Wrapped text takes more or fewer lines at the new width.
    resizeRowsToContents();
    if (idealHeight() != oldHeight)
        emit idealHeightChanged();
}

} // namespace initviz::ui
