// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/initializers.h"
#include "core/trainer.h"

#include <QTableWidget>

#include <cstdint>
#include <optional>
#include <vector>

namespace initviz::ui {

/// What the results table shows of one run.
struct RunResult {
    InitScheme scheme = InitScheme::He;
    std::uint32_t seed = 0;
    Activation activation = Activation::Relu; ///< in the Model column when it is not ReLU
    bool live = false; ///< training or stopping: its numbers are still changing
    double trainAccuracy; ///< NaN while unknown
    double testAccuracy; ///< NaN while unknown or without a test set
    std::optional<CostPoint> finalCost; ///< the cost the table calls final, once there is one
    bool diverged = false;
    QString note; ///< "stopped at iteration 7,300", "diverged (NaN)", ...
    QString failure; ///< why the run failed; replaces the comment
    /// Issue 11: a finished run's measured diagnosis (core/diagnosis.h code, English evidence);
    /// replaces the scheme's fixed comment.
    QString diagnosisCode;
    QString diagnosisEvidence;
    RunResult();
};

/// The notebook's conclusion table, filled live: a row per run, or, when several weight seeds
/// are compared, a row per initialization that summarizes its seeds ("62.7–89.3%", each seed in
/// the tooltip), so the table stays as short as the notebook's however many runs there are.
/// Long names and comments wrap; every cell's tooltip has its full text.
class ResultsTable : public QTableWidget {
    Q_OBJECT
public:
    /// The window's words for a measured diagnosis (core/diagnosis.h codes); the code if unknown.
    [[nodiscard]] static QString diagnosisText(const QString& code);
    enum Column {
        ModelColumn,
        TrainAccuracyColumn,
        TestAccuracyColumn,
        FinalCostColumn,
        CommentColumn,
        ColumnCount
    };

    explicit ResultsTable(QWidget* parent = nullptr);

    /// Shows `runs`; `seedCount` > 1 summarizes each initialization's runs in one row.
    /// `layerCount` names the model ("3-layer NN with He initialization").
    void setResults(const std::vector<RunResult>& runs, int layerCount, int seedCount);
    /// The index (in setResults' runs) of the first run that `row` shows, or -1.
    [[nodiscard]] int firstRunOfRow(int row) const;
    /// The row that shows run `run`, -1 if none.
    [[nodiscard]] int rowOfRun(int run) const;
    /// The height that shows every row without scrolling.
    [[nodiscard]] int idealHeight() const;
    /// The width that shows every column without wrapping.
    [[nodiscard]] int idealWidth() const;

signals:
    /// The rows changed height (they wrap with the columns' widths).
    void idealHeightChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    /// `activations`: the experiment compares activations other than ReLU, so each comment also
    /// says which activation the scheme is meant for.
    void fillRow(int row, const std::vector<const RunResult*>& runs, int layerCount, bool summary,
                 bool activations);

    std::vector<std::vector<int>> rowRuns_; // by row: the indices of its runs
};

} // namespace initviz::ui
